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
import { ListPagination } from '../ListPagination';
import { problemText } from '../resolutions/problems';
import { useUnitNames } from '../resolutions/resolutions';
import {
  canPropose,
  type ConvenioState,
  type ConvenioSummary,
  conveniosPage,
  PAGE_SIZE,
  useConvenioList,
} from './convenios';
import { STATE_LABELS, STATES, TYPE_LABELS } from './labels';
import { ConvenioStateBadge } from './StateBadge';

const isState = (value: string | null): value is ConvenioState =>
  value !== null && (STATES as string[]).includes(value);

/**
 * The municipality's convenios, newest first: filters by state, year and text (the API's
 * `state`, `year`, `q`), kept in the address so a filtered list can be reloaded or shared.
 */
export function ConveniosList({ user }: { user: SessionUser }) {
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('estado');
  const state = isState(stateParam) ? stateParam : undefined;
  const yearParam = Number(params.get('anio'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 ? yearParam : undefined;
  const q = params.get('q')?.trim() || undefined;
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const [text, setText] = useState(q ?? '');
  const list = useConvenioList({ page, state, year, q });
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
        <form onSubmit={search} role="search" aria-label="Buscar convenios">
          <Group align="end" gap="xs" wrap="nowrap">
            <TextInput
              label="Buscar en número, contraparte, RUC y objeto"
              type="search"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              w={{ base: 220, sm: 380 }}
            />
            <Button type="submit" variant="default">
              Buscar
            </Button>
          </Group>
        </form>
      </Group>

      <ExportButtons
        filename="convenios"
        columns={columns}
        rows={() => allPages((n, pageSize) => conveniosPage({ page: n, pageSize, state, year, q }))}
      />
      {list.isPending && <Loader aria-label="Cargando convenios" />}
      {list.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar la lista">
          {problemText(list.error)}
        </Alert>
      )}
      {list.data && list.data.items.length === 0 && (
        <Text>
          {filtered
            ? 'Ningún convenio coincide con estos filtros.'
            : 'Aún no hay convenios en la municipalidad.'}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
              {list.data.totalIsEstimate
                ? `Más de ${total} convenios`
                : total === 1
                  ? '1 convenio'
                  : `${total} convenios`}
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
