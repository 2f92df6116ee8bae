import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  Modal,
  Progress,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SessionUser } from '../api/client';
import { SigningTitle, signingPayload } from './EventDialog';
import { problemText } from './problems';
import {
  openDeadline,
  type ResolutionSummary,
  sendResolutionEvent,
  useResolutionList,
  useUnitNames,
} from './resolutions';
import { DeadlineText } from './StateBadge';

type Outcome =
  | { status: 'queued' }
  | { status: 'signing' }
  | { status: 'signed'; number: string }
  | { status: 'failed'; reason: string };
type Row = { item: ResolutionSummary; outcome: Outcome };

/**
 * `/resoluciones/firma`: the Gerente's tray — the resolutions ready to sign, signed together in
 * one batch. Each is still its own SIGN (its own transaction and number), sent one after another
 * with the version the tray showed; one refused does not stop the rest.
 */
export function SigningPage({ user }: { user: SessionUser }) {
  const client = useQueryClient();
  const [batch, setBatch] = useState<Row[] | null>(null);
  const [running, setRunning] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  // «En ejercicio de», the same for the whole batch (empty: the API uses what they hold).
  const [title, setTitle] = useState('');
  // While a batch is shown, the tray keeps still: its rows are the batch's.
  const list = useResolutionList(
    { page: 1, pageSize: 100, state: 'ready_to_sign' },
    { live: batch === null },
  );
  const unitName = useUnitNames();
  const sign = useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      sendResolutionEvent(id, version, { type: 'SIGN', ...signingPayload(title) }),
  });

  const items = list.data?.items ?? [];
  const chosen = items.filter((i) => selected.has(i.id));
  const rows: Row[] = batch ?? items.map((item) => ({ item, outcome: { status: 'queued' } }));

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const run = async () => {
    setConfirming(false);
    setRunning(true);
    const queue = chosen.map((item) => ({ item, outcome: { status: 'queued' } as Outcome }));
    setBatch(queue);
    const settle = (id: string, outcome: Outcome) =>
      setBatch((b) => b?.map((r) => (r.item.id === id ? { ...r, outcome } : r)) ?? b);
    for (const { item } of queue) {
      settle(item.id, { status: 'signing' });
      try {
        const signed = await sign.mutateAsync({ id: item.id, version: item.version });
        settle(item.id, { status: 'signed', number: signed.number ?? 'sin número' });
      } catch (error) {
        settle(item.id, { status: 'failed', reason: problemText(error) });
      }
    }
    setRunning(false);
    setSelected(new Set());
    await client.invalidateQueries({ queryKey: ['resolutions'] });
  };

  const finished = batch?.filter(
    (r) => r.outcome.status === 'signed' || r.outcome.status === 'failed',
  );
  const signedCount = batch?.filter((r) => r.outcome.status === 'signed').length ?? 0;

  return (
    <Stack>
      <Anchor component={Link} to="/resoluciones" size="sm">
        ← Resoluciones
      </Anchor>
      <Title order={1} size="h2">
        Bandeja de firma
      </Title>
      <Text>
        Resoluciones con opinión legal favorable y todas sus visaciones, listas para su firma. Cada
        una se firma por separado: recibe su propio número y su PDF.
      </Text>

      {list.isPending && <Loader aria-label="Cargando la bandeja de firma" />}
      {list.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar la bandeja">
          {problemText(list.error)}
        </Alert>
      )}
      {list.data && rows.length === 0 && <Text>No hay resoluciones listas para firma.</Text>}

      {batch && finished && (
        <Stack gap="xs">
          <Progress
            value={(finished.length / batch.length) * 100}
            aria-label={`Firmadas ${finished.length} de ${batch.length}`}
          />
          <Text role="status" aria-live="polite">
            {running
              ? `Firmando: ${finished.length} de ${batch.length} procesadas…`
              : `Listo: se firmaron ${signedCount} de ${batch.length}.`}
          </Text>
        </Stack>
      )}

      {rows.length > 0 && (
        <>
          {!batch && (
            <Group justify="space-between">
              <Checkbox
                label="Seleccionar todas"
                checked={chosen.length === items.length}
                indeterminate={chosen.length > 0 && chosen.length < items.length}
                onChange={(e) =>
                  setSelected(new Set(e.currentTarget.checked ? items.map((i) => i.id) : []))
                }
              />
              <Button disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
                Firmar seleccionadas ({chosen.length})
              </Button>
            </Group>
          )}
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                {!batch && (
                  <Table.Th scope="col" w={40}>
                    <VisuallyHidden>Seleccionar</VisuallyHidden>
                  </Table.Th>
                )}
                <Table.Th scope="col">Resolución</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  Unidad
                </Table.Th>
                {batch ? (
                  <Table.Th scope="col">Resultado</Table.Th>
                ) : (
                  <Table.Th scope="col" visibleFrom="sm">
                    Plazo para firmar
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ item, outcome }) => {
                const deadline = openDeadline(item.deadlines);
                return (
                  <Table.Tr key={item.id}>
                    {!batch && (
                      <Table.Td>
                        <Checkbox
                          aria-label={`Seleccionar: ${item.subject}`}
                          checked={selected.has(item.id)}
                          onChange={(e) => toggle(item.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                    )}
                    <Table.Td>
                      <Anchor component={Link} to={`/resoluciones/${item.id}`}>
                        {item.subject}
                      </Anchor>
                      {!batch && (
                        <Anchor
                          href={`/api/v1/resolutions/${item.id}/preview`}
                          target="_blank"
                          rel="noopener"
                          size="sm"
                          display="block"
                          aria-label={`Vista previa del PDF: ${item.subject}`}
                        >
                          Vista previa del PDF
                        </Anchor>
                      )}
                      <Text size="sm" c="gray.7" hiddenFrom="sm">
                        {unitName(item.originUnitId)}
                      </Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">{unitName(item.originUnitId)}</Table.Td>
                    {batch ? (
                      <Table.Td>
                        <OutcomeText outcome={outcome} />
                      </Table.Td>
                    ) : (
                      <Table.Td visibleFrom="sm">
                        {deadline ? <DeadlineText deadline={deadline} /> : '—'}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {batch && !running && (
            <Button
              variant="default"
              w="fit-content"
              onClick={() => {
                setBatch(null);
                void list.refetch();
              }}
            >
              Volver a la bandeja
            </Button>
          )}
        </>
      )}

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Firmar las resoluciones seleccionadas"
        closeButtonProps={{ 'aria-label': 'Cerrar' }}
        centered
        size="lg"
      >
        <Stack>
          <Text>
            Usted, <strong>{user.fullName}</strong> ({user.post}), firma{' '}
            {chosen.length === 1 ? 'esta resolución' : `estas ${chosen.length} resoluciones`}:
          </Text>
          <SigningTitle user={user} value={title} onChange={setTitle} />
          <List size="sm" spacing={4}>
            {chosen.map((i) => (
              <List.Item key={i.id}>{i.subject}</List.Item>
            ))}
          </List>
          <Text size="sm">
            Cada una se firma por separado, una tras otra: recibe el número correlativo siguiente
            del año y su PDF con código QR de verificación. Si alguna no se puede firmar, las demás
            siguen. La firma no se puede deshacer.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancelar
            </Button>
            <Button onClick={() => void run()}>
              {chosen.length === 1 ? 'Firmar 1 resolución' : `Firmar ${chosen.length} resoluciones`}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function OutcomeText({ outcome }: { outcome: Outcome }) {
  switch (outcome.status) {
    case 'queued':
      return (
        <Text size="sm" c="gray.7">
          En espera
        </Text>
      );
    case 'signing':
      return (
        <Group gap="xs" wrap="nowrap">
          <Loader size="xs" aria-hidden />
          <Text size="sm">Firmando…</Text>
        </Group>
      );
    case 'signed':
      return (
        <Text size="sm" fw={700} style={{ overflowWrap: 'anywhere' }}>
          Firmada: {outcome.number}
        </Text>
      );
    case 'failed':
      return (
        <Text size="sm" c="red.9">
          No se firmó: {outcome.reason}
        </Text>
      );
  }
}
