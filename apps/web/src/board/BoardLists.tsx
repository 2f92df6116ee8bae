import { Alert, Anchor, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { ListPagination } from '../ListPagination';
import { Link, useSearchParams } from 'react-router';
import { allPages, ExportButtons } from '../export/ExportButtons';
import type { ExportColumn } from '../export/export';
import { formatDateTime } from '../format';
import {
  escalationsPage,
  type SignedEntry,
  seriesName,
  signedPage,
  useEscalations,
  useSigned,
} from './board';
import { ESCALATION_COLUMNS, EscalationsTable } from './BoardPage';

const PAGE_SIZE = 20;

function usePage(): [number, (page: number) => void, URLSearchParams] {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const setPage = (next: number) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('pagina', String(next));
        return copy;
      },
      { replace: true },
    );
  return [page, setPage, params];
}

function Pages({
  total,
  page,
  onChange,
}: {
  total: number;
  page: number;
  onChange: (n: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return null;
  return <ListPagination pages={pages} page={page} onChange={onChange} />;
}

const SIGNED_COLUMNS: ExportColumn<SignedEntry>[] = [
  { header: 'Número', value: (s) => s.number },
  { header: 'Serie', value: (s) => seriesName(s.series) },
  { header: 'Unidad que emite', value: (s) => s.issuingUnit },
  { header: 'Firmada', value: (s) => formatDateTime(s.assignedAt) },
];

/** What was signed and numbered this month, the latest first (one series or all). */
export function SignedListPage() {
  const [page, setPage, params] = usePage();
  const series = params.get('serie') ?? undefined;
  const signed = useSigned(series, page, PAGE_SIZE);
  const data = signed.data;
  return (
    <Stack>
      <Anchor component={Link} to="/despacho">
        ← Volver al tablero
      </Anchor>
      <Title order={1} size="h2">
        Firmadas este mes{series ? `: ${seriesName(series)}` : ''}
      </Title>
      <ExportButtons
        filename="firmadas-este-mes"
        columns={SIGNED_COLUMNS}
        rows={() => allPages((n, size) => signedPage(series, n, size))}
      />
      {signed.isPending && <Loader aria-label="Cargando las firmadas" />}
      {signed.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar la lista">
          {signed.error.message}
        </Alert>
      )}
      {data && (
        <Text role="status" fw={600}>
          {data.total === 0 ? 'Aún no se firmó nada este mes.' : `${data.total} firmadas`}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Número</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Unidad que emite
              </Table.Th>
              <Table.Th scope="col">Firmada</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((entry) => (
              <Table.Tr key={`${entry.series}:${entry.number}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/resoluciones/${entry.instanceId}`}>
                    {entry.number}
                  </Anchor>
                </Table.Td>
                <Table.Td visibleFrom="sm">{entry.issuingUnit}</Table.Td>
                <Table.Td>{formatDateTime(entry.assignedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data && <Pages total={data.total} page={page} onChange={setPage} />}
    </Stack>
  );
}

/** Every escalation of an overdue deadline, the latest first. */
export function EscalationsListPage() {
  const [page, setPage] = usePage();
  const escalations = useEscalations(page, PAGE_SIZE);
  const data = escalations.data;
  return (
    <Stack>
      <Anchor component={Link} to="/despacho">
        ← Volver al tablero
      </Anchor>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Escalamientos
        </Title>
      </Group>
      <ExportButtons
        filename="escalamientos"
        columns={ESCALATION_COLUMNS}
        rows={() => allPages(escalationsPage)}
      />
      {escalations.isPending && <Loader aria-label="Cargando los escalamientos" />}
      {escalations.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar la lista">
          {escalations.error.message}
        </Alert>
      )}
      {data && (
        <Text role="status" fw={600}>
          {data.total === 0
            ? 'Ningún plazo vencido se elevó al superior.'
            : `${data.total} ${data.total === 1 ? 'escalamiento' : 'escalamientos'}`}
        </Text>
      )}
      {data && data.items.length > 0 && <EscalationsTable escalations={data.items} />}
      {data && <Pages total={data.total} page={page} onChange={setPage} />}
    </Stack>
  );
}
