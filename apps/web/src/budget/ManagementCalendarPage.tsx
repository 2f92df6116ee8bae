import { Alert, Anchor, Button, Group, Loader, Stack, Text, Timeline, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import type { SessionUser } from '../api/client';
import { countOf, formatCivilDate, formatDate } from '../format';
import { FileSection } from '../resolutions/FilePanels';
import { problemText } from '../resolutions/problems';
import { isAdmin } from '../roles';
import { YearInput } from '../YearInput';
import {
  type CalendarItem,
  type CalendarStatus,
  reviewPath,
  useCalendarYear,
  useSeedYear,
} from './budget';
import {
  AUTHORITY_LABELS,
  STATE_LABELS,
  STATUS_COLORS,
  STATUS_COUNT_WORDS,
  STATUS_LABELS,
} from './labels';
import { CalendarStatusBadge } from './StateBadge';

const STATE_NAMES = STATE_LABELS as Record<string, string>;

/** The documents of each responsible unit, the earliest due first (a chained one without a date last). */
function byUnit(items: readonly CalendarItem[]): [string, CalendarItem[]][] {
  const units = new Map<string, CalendarItem[]>();
  for (const item of items)
    units.set(item.responsibleUnit, [...(units.get(item.responsibleUnit) ?? []), item]);
  for (const list of units.values())
    list.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  return [...units.entries()].sort(([a], [b]) => a.localeCompare(b, 'es'));
}

const STATUS_ORDER: CalendarStatus[] = ['late', 'at_risk', 'on_time', 'done'];

/**
 * `/calendario-de-gestion?anio=2027`: the year's budget and management documents as a timeline per
 * responsible unit, each with its last day, the legal source of that date, its state and whether it
 * is on time; each opens its review file. A year not yet seeded says so (ADMIN seeds it here).
 */
export function ManagementCalendarPage({ user }: { user: SessionUser }) {
  const [params, setParams] = useSearchParams();
  const yearParam = Number(params.get('anio'));
  const year =
    Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100
      ? yearParam
      : new Date().getFullYear();
  const calendar = useCalendarYear(year);
  const seed = useSeedYear(year);
  const items = calendar.data?.items ?? [];
  const nameOf = (code: string | null) =>
    items.find((i) => i.documentCode === code)?.documentName ?? code ?? '';
  const counts = STATUS_ORDER.map(
    (status) => [status, items.filter((i) => i.status === status).length] as const,
  ).filter(([, n]) => n > 0);

  return (
    <Stack>
      <Title order={1} size="h2">
        Calendario de gestión
      </Title>
      <Text size="sm" c="gray.7">
        Los documentos presupuestarios y de gestión del año fiscal: quién los elabora, hasta cuándo
        deben aprobarse y con qué fuente legal.
      </Text>
      <Group align="end" gap="sm">
        <YearInput year={year} onChange={(y) => setParams({ anio: String(y) })} />
        {calendar.data && (
          <Text size="sm" c="gray.7" pb={8}>
            Hoy en la municipalidad: {formatCivilDate(calendar.data.today)}
          </Text>
        )}
      </Group>

      {calendar.isPending && <Loader aria-label="Cargando el calendario" />}
      {calendar.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar el calendario">
          {problemText(calendar.error)}
        </Alert>
      )}
      {seed.isError && (
        <Alert color="red" role="alert" title="No se pudo sembrar el año">
          {problemText(seed.error)}
        </Alert>
      )}
      {calendar.data && items.length === 0 && (
        <Stack gap="xs" align="flex-start">
          <Text>El calendario de gestión de {year} aún no está sembrado.</Text>
          {isAdmin(user) ? (
            <Button loading={seed.isPending} onClick={() => seed.mutate()}>
              Sembrar el año
            </Button>
          ) : (
            <Text size="sm" c="gray.7">
              Lo siembra el administrador del sistema con las reglas del perfil de la municipalidad.
            </Text>
          )}
        </Stack>
      )}
      {counts.length > 0 && (
        <Text size="sm" aria-label="Resumen del año">
          {countOf(items.length, 'documento', 'documentos')}:{' '}
          {counts.map(([status, n]) => countOf(n, ...STATUS_COUNT_WORDS[status])).join(' · ')}
        </Text>
      )}
      {byUnit(items).map(([unit, list]) => (
        <FileSection key={unit} title={unit}>
          <Timeline bulletSize={14} lineWidth={2}>
            {list.map((item) => (
              <Timeline.Item
                key={item.id}
                color={STATUS_COLORS[item.status]}
                title={
                  <Anchor component={Link} to={reviewPath(item.id)} fw={600}>
                    {item.documentName}
                  </Anchor>
                }
              >
                <Stack gap={2}>
                  {/* Wrapped on a phone, the state goes right under the status. */}
                  <Group gap="md" style={{ rowGap: 2 }}>
                    <CalendarStatusBadge status={item.status} />
                    <Text size="sm">{STATE_NAMES[item.state] ?? item.state}</Text>
                  </Group>
                  <Text size="sm">
                    {item.dueOn
                      ? `Último día: ${formatDate(item.dueOn)}`
                      : `Sin fecha aún: se fija con la aprobación de ${nameOf(item.chainedAfter)}`}
                    {item.approvedOn && ` · aprobado el ${formatDate(item.approvedOn)}`}
                  </Text>
                  {item.phases.length > 0 && <PhasesLine phases={item.phases} />}
                  <Text size="xs" c="gray.7">
                    Aprueba: {AUTHORITY_LABELS[item.authority]}
                  </Text>
                  <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                    Fuente legal{item.dateVersion > 1 ? ` (versión ${item.dateVersion})` : ''}:{' '}
                    {item.dueBasis}
                    {item.verify && ' ⚠ Regla por verificar con la norma vigente.'}
                  </Text>
                </Stack>
              </Timeline.Item>
            ))}
          </Timeline>
        </FileSection>
      ))}
    </Stack>
  );
}

/** «Fase 2 de 4: Concertación, último día 30/04/2026 (en riesgo)», or all of them completed. */
function PhasesLine({ phases }: { phases: CalendarItem['phases'] }) {
  const index = phases.findIndex((p) => p.status !== 'done');
  const next = phases[index];
  return (
    <Text size="sm" c={next?.status === 'late' ? 'red.9' : undefined}>
      {next
        ? `Fase ${index + 1} de ${phases.length}: ${next.name}, último día ${formatDate(next.dueOn)} (${STATUS_LABELS[next.status].toLowerCase()})`
        : `Sus ${phases.length} fases están cumplidas`}
    </Text>
  );
}
