import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { SessionUser } from '../api/client';
import { allPages, ExportButtons } from '../export/ExportButtons';
import type { ExportColumn } from '../export/export';
import { formatDate } from '../format';
import {
  CAPTION_STYLE,
  countCaption,
  ListFilterBar,
  ListStatus,
  useListFilters,
} from '../lists/FilteredList';
import { STATE_LABELS, STATES } from './labels';
import {
  openDeadline,
  PAGE_SIZE,
  resolutionsPage,
  useResolutionList,
  useUnitNames,
} from './resolutions';
import { DeadlineText, StateBadge } from './StateBadge';

/** Who drafts: a gerencia de línea or another drafting unit, never the legal unit nor the Alcaldía. */
export const canDraft = (user: SessionUser): boolean =>
  user.unit !== null &&
  !user.roles.some((r) => r === 'ADMIN' || r === 'ALCALDE' || r === 'ASESORIA_JURIDICA');

/**
 * The municipality's resolutions, newest first: filters by state, year and text (the API's own
 * `state`, `year`, `q`), kept in the address so a filtered list can be reloaded or shared.
 */
export function ResolutionsList({ user }: { user: SessionUser }) {
  const filters = useListFilters(STATES);
  const { state, year, q, page, update, filtered } = filters;
  const list = useResolutionList({ page, state, year, q });
  const unitName = useUnitNames();

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  type Row = NonNullable<typeof list.data>['items'][number];
  const columns: ExportColumn<Row>[] = [
    { header: 'Número', value: (r) => r.number ?? null },
    { header: 'Asunto', value: (r) => r.subject },
    { header: 'Estado', value: (r) => STATE_LABELS[r.state] },
    { header: 'Unidad', value: (r) => unitName(r.originUnitId) },
    {
      header: 'Plazo en curso (último día)',
      value: (r) => {
        const deadline = openDeadline(r.deadlines);
        return deadline ? `${deadline.name}: ${formatDate(deadline.dueOn)}` : null;
      },
    },
  ];

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1} size="h2">
          Resoluciones de Gerencia Municipal
        </Title>
        <Group gap="xs">
          {user.roles.includes('GERENTE_MUNICIPAL') && (
            <Button component={Link} to="/resoluciones/firma" variant="default">
              Bandeja de firma
            </Button>
          )}
          {canDraft(user) && (
            <Button component={Link} to="/resoluciones/nueva">
              Nuevo proyecto
            </Button>
          )}
        </Group>
      </Group>

      <ListFilterBar
        filters={filters}
        states={STATES}
        stateLabels={STATE_LABELS}
        searchName="Buscar resoluciones"
        searchLabel="Buscar en número, asunto y texto"
        searchWidth={300}
      />

      <ExportButtons
        filename="resoluciones"
        columns={columns}
        rows={() =>
          allPages((n, pageSize) => resolutionsPage({ page: n, pageSize, state, year, q }))
        }
      />
      <ListStatus
        list={list}
        loadingLabel="Cargando resoluciones"
        empty={
          filtered
            ? 'Ninguna resolución coincide con estos filtros.'
            : 'Aún no hay resoluciones en la municipalidad.'
        }
      />
      {list.data && list.data.items.length > 0 && (
        <>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption style={CAPTION_STYLE}>
              {countCaption(total, list.data.totalIsEstimate, 'resolución', 'resoluciones')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Resolución</Table.Th>
                <Table.Th scope="col">Estado</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  Unidad
                </Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  Plazo en curso
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((item) => {
                const deadline = openDeadline(item.deadlines);
                return (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/resoluciones/${item.id}`} fw={600}>
                        {item.number ?? item.subject}
                      </Anchor>
                      {item.number && (
                        <Text size="sm" c="gray.7">
                          {item.subject}
                        </Text>
                      )}
                      <Text size="sm" c="gray.7" hiddenFrom="sm">
                        {unitName(item.originUnitId)}
                      </Text>
                      {deadline && (
                        <Stack hiddenFrom="sm" gap={0}>
                          <DeadlineText deadline={deadline} />
                        </Stack>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <StateBadge state={item.state} />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">{unitName(item.originUnitId)}</Table.Td>
                    <Table.Td visibleFrom="sm">
                      {deadline ? (
                        <DeadlineText deadline={deadline} />
                      ) : (
                        <Text size="sm" c="gray.7">
                          Sin plazo en curso
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {pages > 1 && (
            <Group justify="center" gap="sm">
              <Button
                variant="default"
                disabled={page <= 1}
                onClick={() => update({ pagina: String(page - 1) })}
              >
                Anterior
              </Button>
              <Text size="sm" aria-live="polite">
                Página {page} de {pages}
              </Text>
              <Button
                variant="default"
                disabled={page >= pages}
                onClick={() => update({ pagina: String(page + 1) })}
              >
                Siguiente
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
