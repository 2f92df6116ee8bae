import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { SessionUser } from '../api/client';
import { allPages, ExportButtons } from '../export/ExportButtons';
import type { ExportColumn } from '../export/export';
import { formatDate } from '../format';
import { ListPagination } from '../ListPagination';
import {
  CAPTION_STYLE,
  countCaption,
  ListFilterBar,
  ListStatus,
  useListFilters,
} from '../lists/FilteredList';
import { useUnitNames } from '../resolutions/resolutions';
import {
  canPropose,
  type ConvenioSummary,
  conveniosPage,
  PAGE_SIZE,
  useConvenioList,
} from './convenios';
import { STATE_LABELS, STATES, TYPE_LABELS } from './labels';
import { ConvenioStateBadge } from './StateBadge';

/**
 * The municipality's convenios, newest first: filters by state, year and text (the API's
 * `state`, `year`, `q`), kept in the address so a filtered list can be reloaded or shared.
 */
export function ConveniosList({ user }: { user: SessionUser }) {
  const filters = useListFilters(STATES);
  const { state, year, q, page, update, filtered } = filters;
  const list = useConvenioList({ page, state, year, q });
  const unitName = useUnitNames();

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const columns: ExportColumn<ConvenioSummary>[] = [
    { header: 'Número', value: (r) => r.number ?? null },
    { header: 'Contraparte', value: (r) => r.counterpart },
    { header: 'Tipo', value: (r) => TYPE_LABELS[r.convenioType] ?? r.convenioType },
    { header: 'Estado', value: (r) => STATE_LABELS[r.state] },
    { header: 'Unidad', value: (r) => unitName(r.requestingUnitId) },
    { header: 'Vigente hasta', value: (r) => (r.inForceUntil ? formatDate(r.inForceUntil) : null) },
  ];

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1} size="h2">
          Convenios
        </Title>
        {canPropose(user) && (
          <Button component={Link} to="/convenios/nuevo">
            Nuevo convenio
          </Button>
        )}
      </Group>

      <ListFilterBar
        filters={filters}
        states={STATES}
        stateLabels={STATE_LABELS}
        searchName="Buscar convenios"
        searchLabel="Buscar en número, contraparte, RUC y objeto"
        searchWidth={380}
      />

      <ExportButtons
        filename="convenios"
        columns={columns}
        rows={() => allPages((n, pageSize) => conveniosPage({ page: n, pageSize, state, year, q }))}
      />
      <ListStatus
        list={list}
        loadingLabel="Cargando convenios"
        empty={
          filtered
            ? 'Ningún convenio coincide con estos filtros.'
            : 'Aún no hay convenios en la municipalidad.'
        }
      />
      {list.data && list.data.items.length > 0 && (
        <>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption style={CAPTION_STYLE}>
              {countCaption(total, list.data.totalIsEstimate, 'convenio', 'convenios')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Convenio</Table.Th>
                <Table.Th scope="col">Estado</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  Unidad
                </Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  Vigente hasta
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/convenios/${item.id}`} fw={600}>
                      {item.number ?? item.counterpart}
                    </Anchor>
                    <Text size="sm" c="gray.7">
                      {item.number ? `${item.counterpart} · ` : ''}
                      {TYPE_LABELS[item.convenioType] ?? item.convenioType}
                      {item.isAddendum ? ' · adenda' : ''}
                    </Text>
                    <Text size="sm" c="gray.7" hiddenFrom="sm">
                      {unitName(item.requestingUnitId)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ConvenioStateBadge state={item.state} />
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{unitName(item.requestingUnitId)}</Table.Td>
                  <Table.Td visibleFrom="sm">
                    {item.inForceUntil ? (
                      formatDate(item.inForceUntil)
                    ) : (
                      <Text size="sm" c="gray.7">
                        Aún no rige
                      </Text>
                    )}
                  </Table.Td>
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
