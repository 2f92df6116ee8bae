import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { SessionUser } from '../api/client';
import { formatDay, formatSoles } from '../format';
import { ListPagination } from '../ListPagination';
import { CAPTION_STYLE, countCaption, ListStatus, useListFilters } from '../lists/FilteredList';
import { useUnitNames } from '../resolutions/resolutions';
import { MODALITY_LABELS, REQUEST_TYPE_LABELS, STATE_LABELS, STATES } from './labels';
import { canRequest, MODIFICATIONS_PATH, PAGE_SIZE, useModificationList } from './modifications';
import { ModificationStateBadge } from './StateBadge';

/**
 * The municipality's budget modification requests, newest first, filtered by state (kept in the
 * address so a filtered list can be reloaded or shared).
 */
export function ModificationsList({ user }: { user: SessionUser }) {
  const filters = useListFilters(STATES);
  const { state, page, update } = filters;
  const list = useModificationList({ page, state });
  const unitName = useUnitNames();
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

      <ListStatus
        list={list}
        loadingLabel="Cargando las solicitudes"
        empty={
          state
            ? 'Ninguna solicitud está en este estado.'
            : 'Aún no hay solicitudes de modificación presupuestaria.'
        }
      />
      {list.data && list.data.items.length > 0 && (
        <>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption style={CAPTION_STYLE}>
              {countCaption(total, list.data.totalIsEstimate, 'solicitud', 'solicitudes')}
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
