import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { ListPagination } from '../ListPagination';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { SessionUser } from '../api/client';
import { allPages, ExportButtons } from '../export/ExportButtons';
import type { ExportColumn } from '../export/export';
import { formatDate } from '../format';
import { DueDate, ProgressMeter, StateBadges } from './MandateBits';
import {
  mandatesPage,
  mainDeadline,
  type MandateState,
  type MandateSummary,
  mayAssign,
  PAGE_SIZE,
  STATE_NAMES,
  useMandates,
  useUnits,
} from './mandates';

const STATES = Object.keys(STATE_NAMES) as MandateState[];
const isState = (value: string | null): value is MandateState =>
  value !== null && (STATES as string[]).includes(value);

/** The municipality's mandates, newest first: filter by state and text, a page at a time. */
export function MandatesListPage({ user }: { user: SessionUser }) {
  // The filters live in the address: a reload or going back keeps them.
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('estado');
  const state = isState(stateParam) ? stateParam : null;
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const [text, setText] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(text, 350);
  const mandates = useMandates({ state, q, page });
  const units = useUnits();

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes))
          if (value) next.set(name, value);
          else next.delete(name);
        return next;
      },
      { replace: true },
    );
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q: q.trim() || null, pagina: null });
    // Only the debounced text moves the address (not each change of the others).
  }, [q]);

  const unitName = (id: string) => units.data?.byId.get(id)?.name ?? '…';
  type Row = NonNullable<typeof mandates.data>['items'][number];
  const columns: ExportColumn<Row>[] = [
    { header: 'Encargo', value: (m) => m.title },
    { header: 'Unidad responsable', value: (m) => unitName(m.responsibleUnitId) },
    { header: 'Estado', value: (m) => STATE_NAMES[m.state] },
    { header: 'Avance (%)', value: (m) => m.progressPercent },
    {
      header: 'Vence',
      value: (m) => {
        const deadline = mainDeadline(m.deadlines);
        return deadline ? formatDate(deadline.dueOn) : null;
      },
    },
  ];
  const data = mandates.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1} size="h2">
          Encargos
        </Title>
        {mayAssign(user) && (
          <Button component={Link} to="/encargos/nuevo">
            Asignar encargo
          </Button>
        )}
      </Group>
      <Text>
        Lo que el Alcalde o el Gerente Municipal encargan a una unidad, con su plazo y su avance.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label="Estado"
          value={state ?? ''}
          data={[
            { value: '', label: 'Todos' },
            ...STATES.map((s) => ({ value: s, label: STATE_NAMES[s] })),
          ]}
          onChange={(event) => update({ estado: event.currentTarget.value || null, pagina: null })}
        />
        <TextInput
          label="Buscar"
          placeholder="Título, instrucciones o referencia"
          type="search"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
      </SimpleGrid>

      <ExportButtons
        filename="encargos"
        columns={columns}
        rows={() => allPages((n, pageSize) => mandatesPage({ state, q, page: n }, pageSize))}
      />
      {mandates.isPending && <Loader aria-label="Cargando los encargos" />}
      {mandates.isError && (
        <Alert color="red" role="alert" title="No se pudieron cargar los encargos">
          {mandates.error.message}
        </Alert>
      )}
      {data && data.items.length === 0 && (
        <Text>
          {state || q.trim()
            ? 'No hay encargos que coincidan con la búsqueda.'
            : 'Todavía no hay encargos en su municipalidad.'}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <>
          <Table striped highlightOnHover visibleFrom="sm">
            <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
              {data.totalIsEstimate ? `Más de ${data.total}` : data.total} encargos
              {mandates.isPlaceholderData ? ' (actualizando…)' : ''}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Encargo</Table.Th>
                <Table.Th scope="col">Unidad responsable</Table.Th>
                <Table.Th scope="col">Estado</Table.Th>
                <Table.Th scope="col">Avance</Table.Th>
                <Table.Th scope="col">Vence</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/encargos/${m.id}`} fw={600}>
                      {m.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{unitName(m.responsibleUnitId)}</Table.Td>
                  <Table.Td>
                    <StateBadges state={m.state} deadline={mainDeadline(m.deadlines)} />
                  </Table.Td>
                  <Table.Td>
                    <ProgressMeter percent={m.progressPercent} title={m.title} />
                  </Table.Td>
                  <Table.Td>
                    <DueDate deadline={mainDeadline(m.deadlines)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap="sm" hiddenFrom="sm" component="ul" style={{ listStyle: 'none', padding: 0 }}>
            {data.items.map((m) => (
              <MandateCard key={m.id} mandate={m} unit={unitName(m.responsibleUnitId)} />
            ))}
          </Stack>
          {pages > 1 && (
            <ListPagination
              pages={pages}
              page={page}
              onChange={(next) => update({ pagina: next > 1 ? String(next) : null })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

/** One mandate on a phone: the same facts as a row, stacked. */
function MandateCard({ mandate, unit }: { mandate: MandateSummary; unit: string }) {
  const deadline = mainDeadline(mandate.deadlines);
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={6}>
        <Anchor component={Link} to={`/encargos/${mandate.id}`} fw={600}>
          {mandate.title}
        </Anchor>
        <Text size="sm">{unit}</Text>
        <StateBadges state={mandate.state} deadline={deadline} />
        <Group justify="space-between" align="start">
          <ProgressMeter percent={mandate.progressPercent} title={mandate.title} />
          <DueDate deadline={deadline} />
        </Group>
      </Stack>
    </Card>
  );
}
