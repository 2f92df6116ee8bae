import {
  Alert,
  Anchor,
  Card,
  Group,
  Loader,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ExportButtons } from '../export/ExportButtons';
import { Section } from './BoardCard';
import { ExpiringConveniosCard, ManagementDocumentsCard, PendingAcuerdosCard } from './FollowUps';
import type { ExportColumn } from '../export/export';
import { formatCivilDate, formatDate, formatDateTime } from '../format';
import { filePath, kindName } from '../work-items/work-items';
import {
  type BoardSummary,
  type Escalation,
  formatDuration,
  itemsLink,
  kindPlural,
  type PostLoad,
  postName,
  seriesName,
  type StateTime,
  stateName,
  type UnitLoad,
  useBoard,
  useTimeInState,
} from './board';

const month = new Intl.DateTimeFormat('es-PE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** «diciembre de 2026» from «2026-12». */
const monthName = (yearMonth: string) => month.format(new Date(`${yearMonth}-01T00:00:00Z`));

const STATE_LIST_PATHS: Readonly<Record<string, string>> = {
  resolutions: '/resoluciones',
  mandates: '/encargos',
};

/**
 * «Despacho de Alcaldía»: what waits on whom, what is late, what falls due, how long files stay in
 * each state, what was signed and escalated. Every figure links to its list; every list exports.
 */
export function BoardPage() {
  const board = useBoard();
  const data = board.data;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Despacho de Alcaldía
        </Title>
        <Text>
          Lo que espera a cada unidad y a cada cargo de la municipalidad, lo vencido y lo que vence
          pronto. Cada cifra abre su lista.
        </Text>
      </Stack>
      {board.isPending && <Loader aria-label="Cargando el tablero" />}
      {board.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar el tablero">
          {board.error.message}
        </Alert>
      )}
      {data && <Board data={data} />}
    </Stack>
  );
}

function Board({ data }: { data: BoardSummary }) {
  return (
    <>
      <Text c="gray.7">Al {formatCivilDate(data.today)}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Figure
          label="Pendientes en la municipalidad"
          value={data.waiting.total}
          to={itemsLink({})}
        />
        <Figure
          label="Vencidos"
          value={data.waiting.overdue}
          to={itemsLink({ overdue: true })}
          alert={data.waiting.overdue > 0}
        />
        <Figure
          label={`Vencen en los próximos ${data.upcoming.businessDays} días hábiles`}
          value={data.upcoming.total}
          to={itemsLink({ overdue: false, dueBefore: data.upcoming.until })}
        />
        <Figure
          label={`Firmadas en ${monthName(data.signed.month)}`}
          value={data.signed.total}
          to="/despacho/firmadas"
        />
      </SimpleGrid>
      <UnitsCard units={data.waiting.byUnit} />
      <PostsCard posts={data.waiting.byPost} />
      <UpcomingCard upcoming={data.upcoming} />
      <ExpiringConveniosCard />
      <PendingAcuerdosCard />
      <ManagementDocumentsCard />
      <TimeInStateCard />
      <SignedCard signed={data.signed} />
      <EscalationsCard escalations={data.escalations} />
    </>
  );
}

function Figure({
  label,
  value,
  to,
  alert = false,
}: {
  label: string;
  value: number;
  to: string;
  alert?: boolean;
}) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Anchor
        component={Link}
        to={to}
        fz={32}
        fw={700}
        c={alert ? 'red.9' : undefined}
        aria-label={`${label}: ${value}. Ver la lista`}
      >
        {value.toLocaleString('es-PE')}
      </Anchor>
    </Card>
  );
}

/** A load's two figures, each a link to its items: all of them and the overdue ones. */
function LoadCells({
  load,
  of,
  filters,
}: {
  load: { total: number; overdue: number };
  /** Whose load, for the links' names: «Gerencia de Desarrollo Urbano», «el cargo Alcalde». */
  of: string;
  filters: { unitId?: string | null; role?: string };
}) {
  return (
    <>
      <Table.Td ta="right">
        <Anchor
          component={Link}
          to={itemsLink(filters)}
          aria-label={`${load.total} pendientes de ${of}`}
        >
          {load.total}
        </Anchor>
      </Table.Td>
      <Table.Td ta="right">
        {load.overdue === 0 ? (
          '0'
        ) : (
          <Anchor
            component={Link}
            to={itemsLink({ ...filters, overdue: true })}
            c="red.9"
            fw={700}
            aria-label={`${load.overdue} vencidos de ${of}`}
          >
            {load.overdue}
          </Anchor>
        )}
      </Table.Td>
    </>
  );
}

const UNIT_COLUMNS: ExportColumn<UnitLoad>[] = [
  { header: 'Unidad', value: (u) => u.unitName },
  { header: 'Pendientes', value: (u) => u.total },
  { header: 'Vencidos', value: (u) => u.overdue },
];

function UnitsCard({ units }: { units: UnitLoad[] }) {
  const late = units.filter((u) => u.overdue > 0);
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Section
      title="Qué espera a cada unidad"
      actions={
        <ExportButtons
          filename="pendientes-por-unidad"
          columns={UNIT_COLUMNS}
          rows={async () => units}
        />
      }
    >
      {units.length === 0 ? (
        <Text c="gray.7">Ninguna unidad tiene pendientes.</Text>
      ) : (
        <>
          {late.length > 0 && (
            <figure style={{ margin: 0 }}>
              <Text component="figcaption" fw={600} size="sm">
                Vencidos por gerencia
              </Text>
              <div
                role="img"
                aria-label={`Vencidos por gerencia: ${late.map((u) => `${u.unitName}, ${u.overdue}`).join('; ')}`}
                style={{ width: '100%', height: Math.max(120, late.length * 36 + 40) }}
              >
                <ResponsiveContainer>
                  <BarChart data={late} layout="vertical" margin={{ left: 8, right: 16 }}>
                    <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                    <XAxis type="number" allowDecimals={false} />
                    <YAxis
                      type="category"
                      dataKey="unitName"
                      width={phone ? 110 : 180}
                      tick={{ fontSize: 12 }}
                    />
                    <Tooltip />
                    <Bar dataKey="overdue" name="Vencidos" fill="#c92a2a" maxBarSize={28} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            </figure>
          )}
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Unidad</Table.Th>
                <Table.Th scope="col" ta="right">
                  Pendientes
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Vencidos
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.map((unit) => (
                <Table.Tr key={unit.unitId ?? unit.unitName}>
                  <Table.Td>{unit.unitName}</Table.Td>
                  <LoadCells load={unit} of={unit.unitName} filters={{ unitId: unit.unitId }} />
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Section>
  );
}

const POST_COLUMNS: ExportColumn<PostLoad>[] = [
  { header: 'Cargo', value: (p) => postName(p.role) },
  { header: 'Quién lo ejerce', value: (p) => p.holders.join(', ') },
  { header: 'Pendientes', value: (p) => p.total },
  { header: 'Vencidos', value: (p) => p.overdue },
];

function PostsCard({ posts }: { posts: PostLoad[] }) {
  return (
    <Section
      title="Qué espera a cada cargo"
      actions={
        <ExportButtons
          filename="pendientes-por-cargo"
          columns={POST_COLUMNS}
          rows={async () => posts}
        />
      }
    >
      {posts.length === 0 ? (
        <Text c="gray.7">Ningún cargo tiene pendientes propios (firmas, decisiones).</Text>
      ) : (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Cargo</Table.Th>
              <Table.Th scope="col">Quién lo ejerce</Table.Th>
              <Table.Th scope="col" ta="right">
                Pendientes
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Vencidos
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {posts.map((post) => (
              <Table.Tr key={post.role}>
                <Table.Td>{postName(post.role)}</Table.Td>
                <Table.Td>{post.holders.join(', ') || 'Sin titular'}</Table.Td>
                <LoadCells
                  load={post}
                  of={`el cargo ${postName(post.role)}`}
                  filters={{ role: post.role }}
                />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

type Day = BoardSummary['upcoming']['byDay'][number];
const DAY_COLUMNS: ExportColumn<Day>[] = [
  { header: 'Último día', value: (d) => formatDate(d.dueOn) },
  { header: 'Pendientes que vencen', value: (d) => d.total },
];

function UpcomingCard({ upcoming }: { upcoming: BoardSummary['upcoming'] }) {
  const days = upcoming.byDay.map((d) => ({ ...d, day: formatDate(d.dueOn).slice(0, 5) }));
  return (
    <Section
      title={`Plazos de los próximos ${upcoming.businessDays} días hábiles`}
      actions={
        <ExportButtons
          filename="plazos-proximos"
          columns={DAY_COLUMNS}
          rows={async () => upcoming.byDay}
        />
      }
    >
      <Text size="sm" c="gray.7">
        Hasta el {formatCivilDate(upcoming.until)}.
      </Text>
      {days.length === 0 ? (
        <Text c="gray.7">Ningún plazo vence en estos días.</Text>
      ) : (
        <>
          <div
            role="img"
            aria-label={`Pendientes que vencen por día: ${days.map((d) => `${d.day}, ${d.total}`).join('; ')}`}
            style={{ width: '100%', height: 200 }}
          >
            <ResponsiveContainer>
              <BarChart data={days} margin={{ left: 0, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="day" tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} width={32} />
                <Tooltip />
                <Bar dataKey="total" name="Vencen" fill="#1864ab" maxBarSize={48} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Último día</Table.Th>
                <Table.Th scope="col" ta="right">
                  Vencen
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {upcoming.byDay.map((day) => (
                <Table.Tr key={day.dueOn}>
                  <Table.Td>{formatCivilDate(day.dueOn)}</Table.Td>
                  <Table.Td ta="right">
                    <Anchor
                      component={Link}
                      to={itemsLink({ overdue: false, dueBefore: day.dueOn })}
                      aria-label={`${day.total} vencen el ${formatDate(day.dueOn)}: ver los que vencen hasta ese día`}
                    >
                      {day.total}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Section>
  );
}

const TIME_COLUMNS: ExportColumn<StateTime>[] = [
  { header: 'Tipo', value: (s) => kindName(s.kind) },
  { header: 'Estado', value: (s) => stateName(s.kind, s.state) },
  { header: 'Permanencias', value: (s) => s.stays },
  { header: 'Mediana (horas)', value: (s) => Math.round(s.medianSeconds / 36) / 100 },
  { header: 'Percentil 90 (horas)', value: (s) => Math.round(s.p90Seconds / 36) / 100 },
];

function TimeInStateCard() {
  const [days, setDays] = useState<30 | 90>(30);
  const times = useTimeInState(days);
  const items = times.data?.items ?? [];
  return (
    <Section
      title="Tiempo en cada estado"
      actions={
        <Group gap="sm">
          <SegmentedControl
            aria-label="Ventana"
            value={String(days)}
            onChange={(value) => setDays(value === '90' ? 90 : 30)}
            data={[
              { value: '30', label: 'Últimos 30 días' },
              { value: '90', label: 'Últimos 90 días' },
            ]}
          />
          <ExportButtons
            filename={`tiempo-en-estado-${days}-dias`}
            columns={TIME_COLUMNS}
            rows={async () => items}
          />
        </Group>
      }
    >
      <Text size="sm" c="gray.7">
        Mediana y percentil 90 del tiempo corrido que los expedientes pasaron en cada estado, entre
        los que salieron de él en la ventana.
      </Text>
      {times.isPending && <Loader aria-label="Cargando los tiempos" />}
      {times.isError && (
        <Alert color="red" role="alert" title="No se pudieron cargar los tiempos">
          {times.error.message}
        </Alert>
      )}
      {times.data && items.length === 0 && (
        <Text c="gray.7">Ningún expediente cambió de estado en esta ventana.</Text>
      )}
      {items.length > 0 && (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Estado</Table.Th>
              <Table.Th scope="col" ta="right" visibleFrom="sm">
                Permanencias
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Mediana
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Percentil 90
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={`${item.kind}:${item.state}`}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`${STATE_LIST_PATHS[item.kind] ?? `/${item.kind}`}?estado=${item.state}`}
                  >
                    {kindPlural(item.kind)}: {stateName(item.kind, item.state)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" visibleFrom="sm">
                  {item.stays}
                </Table.Td>
                <Table.Td ta="right">{formatDuration(item.medianSeconds)}</Table.Td>
                <Table.Td ta="right">{formatDuration(item.p90Seconds)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

type SeriesCount = BoardSummary['signed']['bySeries'][number];
const SERIES_COLUMNS: ExportColumn<SeriesCount>[] = [
  { header: 'Serie', value: (s) => seriesName(s.series) },
  { header: 'Firmadas', value: (s) => s.total },
];

function SignedCard({ signed }: { signed: BoardSummary['signed'] }) {
  return (
    <Section
      title={`Firmadas en ${monthName(signed.month)}, por serie`}
      actions={
        <ExportButtons
          filename={`firmadas-${signed.month}`}
          columns={SERIES_COLUMNS}
          rows={async () => signed.bySeries}
        />
      }
    >
      {signed.bySeries.length === 0 ? (
        <Text c="gray.7">Aún no se firmó nada este mes.</Text>
      ) : (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Serie</Table.Th>
              <Table.Th scope="col" ta="right">
                Firmadas
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {signed.bySeries.map((series) => (
              <Table.Tr key={series.series}>
                <Table.Td>{seriesName(series.series)}</Table.Td>
                <Table.Td ta="right">
                  <Anchor
                    component={Link}
                    to={`/despacho/firmadas?serie=${encodeURIComponent(series.series)}`}
                    aria-label={`${series.total} ${seriesName(series.series)} firmadas: ver la lista`}
                  >
                    {series.total}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

export const ESCALATION_COLUMNS: ExportColumn<Escalation>[] = [
  { header: 'Expediente', value: (e) => e.label },
  { header: 'Tipo', value: (e) => kindName(e.kind) },
  { header: 'Plazo', value: (e) => e.deadlineName },
  { header: 'Último día', value: (e) => formatDate(e.dueOn) },
  { header: 'Nivel', value: (e) => e.level },
  { header: 'Elevado a', value: (e) => postName(e.target) },
  { header: 'Fecha', value: (e) => formatDateTime(e.firedAt) },
];

export function EscalationsTable({ escalations }: { escalations: Escalation[] }) {
  return (
    <Table striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Expediente</Table.Th>
          <Table.Th scope="col">Plazo vencido</Table.Th>
          <Table.Th scope="col">Elevado a</Table.Th>
          <Table.Th scope="col" visibleFrom="sm">
            Fecha
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {escalations.map((e) => (
          <Table.Tr key={`${e.instanceId}:${e.firedAt}:${e.level}`}>
            <Table.Td>
              <Anchor component={Link} to={filePath(e)}>
                {e.label}
              </Anchor>
              <Text size="sm" c="gray.7">
                {kindName(e.kind)}
              </Text>
            </Table.Td>
            <Table.Td>
              {e.deadlineName}
              <Text size="sm" c="gray.7">
                Venció el {formatDate(e.dueOn)}
              </Text>
            </Table.Td>
            <Table.Td>
              {postName(e.target)}
              <Text size="sm" c="gray.7">
                Nivel {e.level}
              </Text>
            </Table.Td>
            <Table.Td visibleFrom="sm">{formatDateTime(e.firedAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function EscalationsCard({ escalations }: { escalations: Escalation[] }) {
  return (
    <Section
      title="Escalamientos recientes"
      actions={
        <Anchor component={Link} to="/despacho/escalamientos">
          Ver todos
        </Anchor>
      }
    >
      {escalations.length === 0 ? (
        <Text c="gray.7">Ningún plazo vencido se elevó al superior.</Text>
      ) : (
        <EscalationsTable escalations={escalations} />
      )}
    </Section>
  );
}
