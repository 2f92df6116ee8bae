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
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { SessionUser } from '../api/client';
import { allPages, ExportButtons } from '../export/ExportButtons';
import type { ExportColumn } from '../export/export';
import { formatDate } from '../format';
import { STATE_LABELS, STATES } from './labels';
import { problemText } from './problems';
import {
  openDeadline,
  PAGE_SIZE,
  type ResolutionState,
  resolutionsPage,
  useResolutionList,
  useUnitNames,
} from './resolutions';
import { DeadlineText, StateBadge } from './StateBadge';

const isState = (value: string | null): value is ResolutionState =>
  value !== null && (STATES as string[]).includes(value);

/** Who drafts: a gerencia de línea or another drafting unit, never the legal unit nor the Alcaldía. */
export const canDraft = (user: SessionUser): boolean =>
  user.unit !== null &&
  !user.roles.some((r) => r === 'ADMIN' || r === 'ALCALDE' || r === 'ASESORIA_JURIDICA');

/**
 * The municipality's resolutions, newest first: filters by state, year and text (the API's own
 * `state`, `year`, `q`), kept in the address so a filtered list can be reloaded or shared.
 */
export function ResolutionsList({ user }: { user: SessionUser }) {
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('estado');
  const state = isState(stateParam) ? stateParam : undefined;
  const yearParam = Number(params.get('anio'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 ? yearParam : undefined;
  const q = params.get('q')?.trim() || undefined;
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const [text, setText] = useState(q ?? '');
  const list = useResolutionList({ page, state, year, q });
  const unitName = useUnitNames();

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes))
      if (value) next.set(key, value);
      else next.delete(key);
    if (!('pagina' in changes)) next.delete('pagina');
    setParams(next);
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() || undefined });
  };

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtered = state !== undefined || year !== undefined || q !== undefined;
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

      <Group align="end" gap="sm" wrap="wrap">
        <NativeSelect
          label="Estado"
          value={state ?? ''}
          onChange={(e) => update({ estado: e.currentTarget.value || undefined })}
          data={[
            { value: '', label: 'Todos los estados' },
            ...STATES.map((s) => ({ value: s, label: STATE_LABELS[s] })),
          ]}
        />
        <NativeSelect
          label="Año"
          value={year ? String(year) : ''}
          onChange={(e) => update({ anio: e.currentTarget.value || undefined })}
          data={[{ value: '', label: 'Todos los años' }, ...years]}
        />
        <form onSubmit={search} role="search" aria-label="Buscar resoluciones">
          <Group align="end" gap="xs" wrap="nowrap">
            <TextInput
              label="Buscar en número, asunto y texto"
              type="search"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              w={{ base: 220, sm: 300 }}
            />
            <Button type="submit" variant="default">
              Buscar
            </Button>
          </Group>
        </form>
      </Group>

      <ExportButtons
        filename="resoluciones"
        columns={columns}
        rows={() =>
          allPages((n, pageSize) => resolutionsPage({ page: n, pageSize, state, year, q }))
        }
      />
      {list.isPending && <Loader aria-label="Cargando resoluciones" />}
      {list.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar la lista">
          {problemText(list.error)}
        </Alert>
      )}
      {list.data && list.data.items.length === 0 && (
        <Text>
          {filtered
            ? 'Ninguna resolución coincide con estos filtros.'
            : 'Aún no hay resoluciones en la municipalidad.'}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
              {list.data.totalIsEstimate
                ? `Más de ${total} resoluciones`
                : total === 1
                  ? '1 resolución'
                  : `${total} resoluciones`}
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
