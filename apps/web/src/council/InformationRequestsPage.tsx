import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { SessionUser } from '../api/client';
import { formatDate } from '../format';
import { ListPagination } from '../ListPagination';
import { Dot } from '../resolutions/StateBadge';
import { fieldErrors, focusFirstInvalid, problemOf, problemText } from '../resolutions/problems';
import {
  canConduct,
  type InformationRequest,
  type InformationRequestState,
  PAGE_SIZE,
  useFileInformationRequest,
  useInformationRequests,
  useMembers,
} from './council';
import { INFORMATION_REQUEST_STATUS_LABELS } from './labels';
import { NOTE } from './notes';

const STATUS_COLORS: Record<InformationRequestState, string> = {
  open: 'indigo',
  answered: 'green',
  cancelled: 'gray',
};
const isState = (value: string | null): value is InformationRequestState =>
  value !== null && value in INFORMATION_REQUEST_STATUS_LABELS;

/**
 * «Pedidos de información» (LOM Art. 10 inc. 4, Ley 31433): what the regidores asked the Gerente,
 * with its term and the Gerencia's mandate; the Secretaría General registers new ones here.
 */
export function InformationRequestsPage({ user }: { user: SessionUser }) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const stateParam = params.get('estado');
  const state = isState(stateParam) ? stateParam : null;
  const list = useInformationRequests(state, page);
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));

  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'estado') next.delete('pagina');
    setParams(next);
  };

  return (
    <Stack>
      <Anchor component={Link} to="/concejo" size="sm">
        ← Concejo Municipal
      </Anchor>
      <Title order={1} size="h2">
        Pedidos de información
      </Title>
      <Text c="gray.8" maw={720}>
        Los regidores piden al Gerente Municipal la información que necesitan para fiscalizar (LOM
        Art. 10 inc. 4, Ley 31433). Cada pedido es un encargo de la Gerencia Municipal con el plazo
        del perfil en días hábiles; queda respondido cuando la Secretaría General da el encargo por
        cumplido.
      </Text>
      {canConduct(user) && <FileForm />}

      <Group justify="space-between" align="end">
        <Title order={2} size="h3">
          Pedidos registrados
        </Title>
        <NativeSelect
          label="Estado"
          value={state ?? ''}
          onChange={(e) => update('estado', e.currentTarget.value)}
          data={[
            { value: '', label: 'Todos' },
            ...Object.entries(INFORMATION_REQUEST_STATUS_LABELS).map(([value, label]) => ({
              value,
              label,
            })),
          ]}
        />
      </Group>
      {list.isPending && <Loader aria-label="Cargando pedidos de información" />}
      {list.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar los pedidos">
          {problemText(list.error)}
        </Alert>
      )}
      {list.data && list.data.items.length === 0 && (
        <Text>
          {state
            ? 'No hay pedidos de información en ese estado.'
            : 'Aún no se ha registrado ningún pedido de información.'}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <Table striped verticalSpacing="sm">
            <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
              {list.data.total === 1 ? '1 pedido' : `${list.data.total} pedidos`}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Pedido</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  Presentado
                </Table.Th>
                <Table.Th scope="col">Vence</Table.Th>
                <Table.Th scope="col">Estado</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((p) => (
                <Row key={p.id} request={p} />
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="center">
            <ListPagination
              pages={pages}
              page={page}
              onChange={(n) => update('pagina', String(n))}
            />
          </Group>
        </>
      )}
    </Stack>
  );
}

function Row({ request: p }: { request: InformationRequest }) {
  const status = p.status as InformationRequestState;
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600}>{p.subject}</Text>
        <Text size="sm" c="gray.7">
          {p.reference} · {p.requesterName} ·{' '}
          <Anchor component={Link} to={`/encargos/${p.mandateId}`} size="sm" underline="always">
            Ver el encargo
          </Anchor>
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">{formatDate(p.filedOn)}</Table.Td>
      <Table.Td>
        {formatDate(p.dueOn)}
        {p.overdue && (
          <Badge color="red" variant="light" ml="xs">
            Vencido
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Dot color={STATUS_COLORS[status]} label={INFORMATION_REQUEST_STATUS_LABELS[status]} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The Secretaría registers a regidor's pedido; the API checks that he is a hábil regidor. */
function FileForm() {
  const members = useMembers();
  const file = useFileInformationRequest();
  const form = useRef<HTMLFormElement>(null);
  const [requesterId, setRequesterId] = useState('');
  const [subject, setSubject] = useState('');
  const [details, setDetails] = useState('');
  const [filed, setFiled] = useState<InformationRequest | null>(null);
  const errors = fieldErrors(file.error);
  const problem = problemOf(file.error);
  const regidores = (members.data?.items ?? []).filter((m) => m.role === 'regidor');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFiled(null);
    file.mutate(
      { requesterId, subject: subject.trim(), details: details.trim() },
      {
        onSuccess: (created) => {
          setFiled(created);
          setSubject('');
          setDetails('');
        },
        onError: () => setTimeout(() => focusFirstInvalid(form.current)),
      },
    );
  };

  return (
    <Paper withBorder p="md" maw={720}>
      <form ref={form} onSubmit={submit} noValidate aria-labelledby="nuevo-pedido">
        <Stack>
          <Title order={2} size="h3" id="nuevo-pedido">
            Registrar un pedido
          </Title>
          {filed && (
            <Alert color="green" styles={NOTE} role="status" title="Pedido registrado">
              {filed.reference}: la Gerencia Municipal tiene el encargo y debe responder hasta el{' '}
              {formatDate(filed.dueOn)}.
            </Alert>
          )}
          {file.isError && (!problem || problem.code !== 'VALIDATION_FAILED') && (
            <Alert color="red" role="alert" title="No se puede registrar el pedido">
              {problemText(file.error)}
            </Alert>
          )}
          <NativeSelect
            label="Regidor que lo formula"
            required
            value={requesterId}
            onChange={(e) => setRequesterId(e.currentTarget.value)}
            data={[
              { value: '', label: members.isPending ? 'Cargando…' : 'Elija un regidor' },
              ...regidores.map((m) => ({
                value: m.id,
                label: m.habilToday ? m.name : `${m.name} (no hábil hoy)`,
              })),
            ]}
            error={errors.requesterId}
          />
          <TextInput
            label="Asunto"
            required
            maxLength={200}
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            error={errors.subject}
          />
          <Textarea
            label="Información que pide"
            required
            autosize
            minRows={3}
            maxLength={5000}
            value={details}
            onChange={(e) => setDetails(e.currentTarget.value)}
            error={errors.details}
          />
          <Group>
            <Button type="submit" loading={file.isPending}>
              Registrar pedido
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
