import {
  Alert,
  Anchor,
  Badge,
  Group,
  Loader,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { ListPagination } from '../ListPagination';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { SessionUser } from '../api/client';
import { canReadBoard } from '../board/roles';
import { allPages, ExportButtons } from '../export/ExportButtons';
import type { ExportColumn } from '../export/export';
import { formatCivilDate, formatDate } from '../format';
import {
  workItemsPage,
  filePath,
  isWorkItemKind,
  KIND_NAMES,
  kindName,
  timeLeft,
  type WorkItem,
  type WorkItemQuery,
  useWorkItems,
} from './work-items';

const PAGE_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLE = /^[A-Z_]{2,40}$/;

const COLUMNS: ExportColumn<WorkItem>[] = [
  { header: 'Qué hacer', value: (i) => i.name },
  { header: 'Tipo', value: (i) => kindName(i.kind) },
  { header: 'Expediente', value: (i) => i.label },
  { header: 'Unidad', value: (i) => i.unitName ?? 'Quien ejerza el cargo' },
  { header: 'Último día', value: (i) => (i.dueOn ? formatDate(i.dueOn) : null) },
  { header: 'Situación', value: (i) => timeLeft(i) },
];

const KIND_OPTIONS = [
  { value: '', label: 'Todos los expedientes' },
  ...Object.entries(KIND_NAMES).map(([value, label]) => ({ value, label: `${label}s` })),
];

/** The filters live in the address, so a count elsewhere can link to its list. */
function useFilters(user: SessionUser) {
  const [params, setParams] = useSearchParams();
  // The whole municipality's items: the board's click-through, for its readers only.
  const all = params.get('alcance') === 'todos' && canReadBoard(user.roles);
  const unitId = all && UUID.test(params.get('unidad') ?? '') ? params.get('unidad') : null;
  const role = all && ROLE.test(params.get('cargo') ?? '') ? params.get('cargo') : null;
  const inTerm = params.get('enplazo') === '1';
  const requested = params.get('tipo') ?? '';
  const kind = isWorkItemKind(requested) ? requested : '';
  const overdue = params.get('vencidos') === '1';
  const dueBefore = params.get('hasta') ?? '';
  const page = Math.max(1, Number(params.get('pagina') ?? '1') || 1);
  const set = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes))
          if (value === null || value === '') next.delete(name);
          else next.set(name, value);
        // Another filter shows another list: back to its first page.
        if (!('pagina' in changes)) next.delete('pagina');
        return next;
      },
      { replace: true },
    );
  const query: WorkItemQuery = {
    page,
    pageSize: PAGE_SIZE,
    ...(all ? { scope: 'all' as const } : {}),
    ...(unitId ? { unitId } : {}),
    ...(role ? { role: role as NonNullable<WorkItemQuery['role']> } : {}),
    ...(kind ? { kind } : {}),
    ...(overdue ? { overdue: true } : inTerm ? { overdue: false } : {}),
    ...(DATE.test(dueBefore) ? { dueBefore } : {}),
  };
  return { all, unitId, role, inTerm, kind, overdue, dueBefore, page, query, set };
}

/**
 * «Pendientes conmigo»: what the user, their unit, or a post they hold by delegation must do now,
 * across every kind of file, the earliest due first.
 */
export function WorkItemsPage({ user }: { user: SessionUser }) {
  const filters = useFilters(user);
  const items = useWorkItems(filters.query);
  const data = items.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const narrowed = filters.unitId !== null || filters.role !== null || filters.inTerm;
  return (
    <Stack>
      <Title order={1} size="h2">
        {filters.all ? 'Pendientes de la municipalidad' : 'Pendientes conmigo'}
      </Title>
      <Text>
        {filters.all
          ? 'Lo que cada unidad y cada cargo de la municipalidad debe hacer ahora, el más próximo a vencer primero. Los plazos se cuentan en días hábiles.'
          : 'Lo que a usted, a su unidad o al cargo que ejerce por delegación le toca hacer ahora, el más próximo a vencer primero. Los plazos se cuentan en días hábiles.'}
      </Text>
      {filters.all && (
        <Group gap="md">
          <Anchor component={RouterLink} to="/despacho">
            ← Volver al tablero
          </Anchor>
          {narrowed && (
            <Anchor
              component="button"
              type="button"
              onClick={() => filters.set({ unidad: null, cargo: null, enplazo: null })}
            >
              Ver todas las unidades y cargos
            </Anchor>
          )}
        </Group>
      )}
      <Group align="end" gap="md">
        <Select
          label="Tipo de expediente"
          data={KIND_OPTIONS}
          value={filters.kind}
          onChange={(value) => filters.set({ tipo: value })}
          allowDeselect={false}
          w={240}
        />
        <TextInput
          label="Vencen hasta"
          type="date"
          value={filters.dueBefore}
          onChange={(event) => filters.set({ hasta: event.currentTarget.value })}
          w={180}
        />
        <Switch
          label="Solo vencidos"
          checked={filters.overdue}
          onChange={(event) => filters.set({ vencidos: event.currentTarget.checked ? '1' : null })}
          mb={8}
        />
      </Group>
      {items.isPending && <Loader aria-label="Cargando los pendientes" />}
      {items.isError && (
        <Alert color="red" role="alert" title="No se pudieron cargar los pendientes">
          {items.error.message}
        </Alert>
      )}
      <ExportButtons
        filename={filters.all ? 'pendientes-municipalidad' : 'pendientes'}
        columns={COLUMNS}
        rows={() =>
          allPages((page, pageSize) => workItemsPage({ ...filters.query, page, pageSize }))
        }
      />
      {data && (
        <Text role="status" fw={600}>
          {data.total === 0
            ? 'Sin pendientes'
            : `${data.total} ${data.total === 1 ? 'pendiente' : 'pendientes'}${data.overdue > 0 ? `, ${data.overdue} ${data.overdue === 1 ? 'vencido' : 'vencidos'}` : ''}`}
        </Text>
      )}
      {data && data.items.length === 0 && (
        <Text c="gray.7">
          {filters.query.kind ||
          filters.query.overdue !== undefined ||
          filters.query.dueBefore ||
          narrowed
            ? 'Ningún pendiente cumple estos filtros.'
            : 'No tiene nada pendiente. Cuando le toque actuar en un expediente, aparecerá aquí.'}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Qué hacer</Table.Th>
              <Table.Th scope="col">Expediente</Table.Th>
              <Table.Th scope="col" visibleFrom="md">
                Unidad
              </Table.Th>
              <Table.Th scope="col">Plazo</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((item) => (
              <WorkItemRow key={item.id} item={item} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data && pages > 1 && (
        <ListPagination
          pages={pages}
          page={filters.page}
          onChange={(page) => filters.set({ pagina: String(page) })}
        />
      )}
    </Stack>
  );
}

function WorkItemRow({ item }: { item: WorkItem }) {
  const urgent = item.overdue || item.businessDaysLeft === 0;
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600}>{item.name}</Text>
        <Text size="sm" c="gray.7">
          {kindName(item.kind)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Anchor component={RouterLink} to={filePath(item)}>
          {item.label}
        </Anchor>
      </Table.Td>
      <Table.Td visibleFrom="md">{item.unitName ?? 'Quien ejerza el cargo'}</Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Badge
            color={item.overdue ? 'red.9' : urgent ? 'orange.9' : 'gray.7'}
            variant="filled"
            tt="none"
            // On a phone the column is narrow: the words wrap rather than end in «…».
            h="auto"
            styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
          >
            {timeLeft(item)}
          </Badge>
          {item.dueOn && (
            <Text size="sm" c="gray.7">
              {item.term?.name ? `${item.term.name}: ` : ''}hasta el {formatCivilDate(item.dueOn)}
            </Text>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
