import {
  Alert,
  Box,
  Button,
  Code,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, ApiProblem, unwrap } from '../api/client';
import { formatLimaDateTime } from '../format';

/** What a citizen reads of each state an act can be in after its signature (void: no longer in force). */
const SITUATIONS: Record<string, { label: string; note: string; void?: boolean }> = {
  signed: { label: 'Firmada', note: 'Su notificación o publicación está en trámite.' },
  notified: { label: 'Notificada', note: 'Fue notificada a sus destinatarios.' },
  published: { label: 'Publicada', note: 'Fue publicada en el diario oficial.' },
  under_remedy: {
    label: 'Impugnada',
    note: 'Hay un recurso administrativo en trámite contra ella; mientras tanto sigue vigente.',
  },
  under_review: {
    label: 'En revisión',
    note: 'El Alcalde revisa de oficio su nulidad o revocación; mientras tanto sigue vigente.',
  },
  firm: { label: 'Firme', note: 'Ya no admite recursos administrativos.' },
  annulled: {
    label: 'Anulada',
    note: 'La resolución fue anulada: no produce efectos. La copia es auténtica, pero el acto ya no está vigente.',
    void: true,
  },
  revoked: {
    label: 'Revocada',
    note: 'La resolución fue revocada: dejó de producir efectos. La copia es auténtica, pero el acto ya no está vigente.',
    void: true,
  },
};

/** Alert titles at the size of the page's text: the verdict is what the reader came for. */
const READABLE = { title: { fontSize: 'var(--mantine-font-size-lg)' } };

/**
 * The public verification of a printed resolution (D16): what the QR of every signed act opens.
 * No session and no console around it: anyone with the copy in hand, usually on a phone.
 */
export function VerificationPage() {
  const { clave = '' } = useParams();
  const key = clave.trim();
  useEffect(() => {
    document.title = 'Verificación de resoluciones — Despacho';
  }, []);
  return (
    <Box component="main" maw={640} mx="auto" px="md" py="xl">
      <Stack gap="lg">
        <div>
          <Text c="gray.7">Despacho · Gerencia Municipal</Text>
          <Title order={1} size="h2">
            Verificación de resoluciones
          </Title>
        </div>
        <Text size="lg">
          Compruebe si una resolución impresa es auténtica con la clave que aparece bajo su código
          QR.
        </Text>
        {key && <Verdict code={key} />}
        <KeyForm again={key !== ''} />
      </Stack>
    </Box>
  );
}

function Verdict({ code }: { code: string }) {
  const verification = useQuery({
    queryKey: ['public', 'verify', code],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/public/verify/{code}', { params: { path: { code } } })),
    // Each answer counts against the address's limit a minute: never asked again by itself.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  if (verification.isPending)
    return (
      <Group gap="sm" wrap="nowrap" role="status">
        <Loader size="sm" aria-label="Verificando la clave" />
        <Text size="lg">Verificando la clave {code}…</Text>
      </Group>
    );
  if (verification.isError) {
    const problem =
      verification.error instanceof ApiProblem ? verification.error.problem : undefined;
    // 429: the address's limit a minute (PUBLIC_VERIFY_RATE_LIMIT), not a fault of the key.
    const limited = problem?.status === 429;
    return (
      <Alert
        color={limited ? 'indigo' : 'red'}
        role="alert"
        title={limited ? 'Demasiadas consultas' : 'No se pudo verificar la clave'}
        styles={READABLE}
      >
        <Stack gap="sm" align="flex-start">
          <Text>
            {limited
              ? 'Se hicieron demasiadas consultas desde su conexión. Intente de nuevo en un minuto.'
              : (problem?.detail ?? 'No hay conexión con el servidor. Intente de nuevo.')}
          </Text>
          <Button variant="default" onClick={() => void verification.refetch()}>
            Intentar de nuevo
          </Button>
        </Stack>
      </Alert>
    );
  }
  const answer = verification.data;
  if (!answer.valid)
    return (
      <Alert
        color="red"
        role="alert"
        title="La clave no corresponde a ninguna resolución"
        styles={READABLE}
      >
        <Stack gap="xs">
          <Text>
            La clave <strong>{code}</strong> no corresponde a ninguna resolución emitida por la
            municipalidad.
          </Text>
          <Text>
            Revise que la haya escrito tal como aparece bajo el código QR. Si está bien escrita, la
            copia no puede tenerse por auténtica: consulte en la mesa de partes de la municipalidad.
          </Text>
        </Stack>
      </Alert>
    );
  const situation = answer.state ? SITUATIONS[answer.state.split('.')[0] ?? ''] : undefined;
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" style={{ borderColor: 'var(--mantine-color-green-8)' }}>
        <Stack gap="md">
          <div>
            <Title order={2} size="h3" c="green.9">
              <span aria-hidden="true">✓ </span>
              Resolución auténtica
            </Title>
            <Text>
              La clave <strong>{code}</strong> corresponde a una resolución emitida y firmada por la
              municipalidad.
            </Text>
          </div>
          {situation?.void && (
            <Alert
              color="red"
              variant="filled"
              title={`Resolución ${situation.label.toLowerCase()}`}
              styles={READABLE}
            >
              <Text>{situation.note}</Text>
            </Alert>
          )}
          <Stack component="dl" gap="sm" m={0}>
            <Fact label="Número">{answer.number}</Fact>
            <Fact label="Asunto">{answer.subject}</Fact>
            <Fact label="Firmada el">
              {answer.signedAt && `${formatLimaDateTime(answer.signedAt)} (hora de Lima)`}
            </Fact>
            <Fact label="Firmada por">{answer.signer}</Fact>
            {situation && !situation.void && (
              <Fact label="Situación">
                {situation.label}. {situation.note}
              </Fact>
            )}
            <Fact label="Huella SHA-256 del PDF firmado">
              <Code block fz="sm" style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
                {answer.sha256}
              </Code>
            </Fact>
          </Stack>
        </Stack>
      </Paper>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Cómo comparar su copia
        </Title>
        <List spacing="xs">
          <List.Item>
            El número, el asunto, la fecha y quien firma deben ser los mismos que dice su copia
            impresa. Si algo no coincide, la copia fue alterada.
          </List.Item>
          <List.Item>
            Si tiene el archivo PDF, su huella SHA-256 debe ser exactamente la de arriba: en
            Windows, <Code>certutil -hashfile archivo.pdf SHA256</Code>; en macOS o Linux,{' '}
            <Code>shasum -a 256 archivo.pdf</Code>. Un solo carácter distinto significa que el
            archivo no es el firmado.
          </List.Item>
        </List>
      </Stack>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600} c="gray.7">
        {label}
      </Text>
      <Text component="dd" size="lg" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** Another key, typed as printed (the API accepts it with or without dashes, in any case). */
function KeyForm({ again }: { again: boolean }) {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = value.trim();
    setMissing(typed === '');
    if (!typed) return;
    setValue('');
    void navigate(`/verificar/${encodeURIComponent(typed)}`);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {again && (
          <Title order={2} size="h4">
            Verificar otra clave
          </Title>
        )}
        <TextInput
          label="Clave de verificación"
          description="Está impresa bajo el código QR, por ejemplo 7KQ2-M9XD-4TPA."
          size="md"
          // Mantine's own description color is too light for AA on white.
          styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={value}
          error={missing ? 'Ingrese la clave.' : undefined}
          onChange={(event) => setValue(event.currentTarget.value)}
        />
        <Button type="submit" size="md">
          Verificar
        </Button>
      </Stack>
    </form>
  );
}
