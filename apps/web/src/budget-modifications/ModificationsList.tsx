import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import type { SessionUser } from '../api/client';
import { formatDay, formatSoles } from '../format';
import { ListPagination } from '../ListPagination';
import { problemText } from '../resolutions/problems';
import { useUnitNames } from '../resolutions/resolutions';
import { MODALITY_LABELS, REQUEST_TYPE_LABELS, STATE_LABELS, STATES } from './labels';
import {
  canRequest,
  MODIFICATIONS_PATH,
  type ModificationState,
  PAGE_SIZE,
  useModificationList,
} from './modifications';
import { ModificationStateBadge } from './StateBadge';

const isState = (value: string | null): value is ModificationState =>
  value !== null && (STATES as string[]).includes(value);

/**
 * The municipality's budget modification requests, newest first, filtered by state (kept in the
 * address so a filtered list can be reloaded or shared).
 */
export function ModificationsList({ user }: { user: SessionUser }) {
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('estado');
  const state = isState(stateParam) ? stateParam : undefined;
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const list = useModificationList({ page, state });
  const unitName = useUnitNames();

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes))
      if (value) next.set(key, value);
      else next.delete(key);
    if (!('pagina' in changes)) next.delete('pagina');
    setParams(next);
  };
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Stack gap={0}>
          <Text size="sm" c="gray.7">
            Presupuesto
          </Text>
          <Title order={1} size="h2">
            Modificaciones presupuestarias
          </Title>
        </Stack>
        {canRequest(user) && (
          <Button component={Link} to={`${MODIFICATIONS_PATH}/nueva`}>
            Nueva solicitud
          </Button>
        )}
      </Group>

      <NativeSelect
        label="Estado"
        w="fit-content"
        value={state ?? ''}
        onChange={(e) => update({ estado: e.currentTarget.value || undefined })}
        data={[
          { value: '', label: 'Todos los estados' },
          ...STATES.map((s) => ({ value: s, label: STATE_LABELS[s] })),
        ]}
      />

      {list.isPending && <Loader aria-label="Cargando las solicitudes" />}
      {list.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar la lista">
          {problemText(list.error)}
        </Alert>
      )}
      {list.data && list.data.items.length === 0 && (
        <Text>
          {state
            ? 'Ninguna solicitud está en este estado.'
            : 'Aún no hay solicitudes de modificación presupuestaria.'}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
              {list.data.totalIsEstimate
                ? `Más de ${total} solicitudes`
                : total === 1
                  ? '1 solicitud'
                  : `${total} solicitudes`}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Solicitud</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Monto
                </Table.Th>
                <Table.Th scope="col">Estado</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  Unidad
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`${MODIFICATIONS_PATH}/${item.id}`} fw={600}>
                      {item.modality
                        ? MODALITY_LABELS[item.modality]
                        : REQUEST_TYPE_LABELS[item.requestType]}
                    </Anchor>
                    <Text size="sm" c="gray.7">
                      {item.formalizedAs ?? `Solicitada el ${formatDay(item.createdAt)}`}
                    </Text>
                    <Text size="sm" c="gray.7" hiddenFrom="sm">
                      {unitName(item.requestingUnitId)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                    {formatSoles(item.amountCents)}
                  </Table.Td>
                  <Table.Td>
                    <ModificationStateBadge state={item.state} />
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{unitName(item.requestingUnitId)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="center">
            <ListPagination
              pages={pages}
              page={page}
              onChange={(n) => update({ pagina: String(n) })}
            />
          </Group>
        </>
      )}
    </Stack>
  );
}
