import {
  Alert,
  Anchor,
  Badge,
  Card,
  Grid,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../api/client';
import { formatCivilDate, formatDateTime, formatDay } from '../format';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { MandateActions } from './MandateActions';
import { ProgressMeter, StateBadges } from './MandateBits';
import {
  type DeadlineAlert,
  daysLeftText,
  type HistoryItem,
  isOverdue,
  mainDeadline,
  type Mandate,
  ADDRESSED_TO,
  type ScheduledDeadline,
  SOURCE_NAMES,
  STATE_NAMES,
  useDeadlines,
  useHistory,
  useMandate,
  useUnits,
  mandateAttachmentsKey,
  mandateKey,
} from './mandates';
import { FileSection } from '../resolutions/FilePanels';

/** Everything about one mandate: its data, terms and alerts, progress, evidence and history. */
export function MandatePage() {
  const { id = '' } = useParams();
  const mandate = useMandate(id);
  if (mandate.isPending) return <Loader aria-label="Cargando el encargo" />;
  if (mandate.isError)
    return (
      <Stack>
        <BackLink />
        <Alert color="red" role="alert" title="No se pudo cargar el encargo">
          {mandate.error instanceof ApiProblem && mandate.error.problem.status === 404
            ? 'El encargo no existe o es de otra municipalidad.'
            : mandate.error.message}
        </Alert>
      </Stack>
    );
  return <MandateView mandate={mandate.data} />;
}

function BackLink() {
  return (
    <Anchor component={Link} to="/encargos" size="sm">
      ← Encargos
    </Anchor>
  );
}

function MandateView({ mandate }: { mandate: Mandate }) {
  const units = useUnits();
  const unitName = (id: string | null) =>
    id === null ? '—' : (units.data?.byId.get(id)?.name ?? '…');
  const deadline = mainDeadline(mandate.deadlines);
  return (
    <Stack>
      <BackLink />
      <Stack gap={6}>
        <Title order={1} size="h2">
          {mandate.title}
        </Title>
        <StateBadges state={mandate.state} deadline={deadline} />
        {deadline && (
          <Text size="sm">
            {deadline.name}: vence al final del {formatCivilDate(deadline.dueOn)} ·{' '}
            <Text span size="sm" fw={700} c={isOverdue(deadline) ? 'red.9' : undefined}>
              {daysLeftText(deadline)}
            </Text>
          </Text>
        )}
      </Stack>
      <MandateActions mandate={mandate} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <FileSection title="El encargo">
              <dl style={{ margin: 0 }}>
                <Fact term="Instrucciones">
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{mandate.instructions}</Text>
                </Fact>
                <Fact term="Unidad responsable">{unitName(mandate.responsibleUnitId)}</Fact>
                <Fact term="Asignado por">{unitName(mandate.assignerUnitId)}</Fact>
                <Fact term="Origen">
                  {SOURCE_NAMES[mandate.source as keyof typeof SOURCE_NAMES] ?? mandate.source}
                  {mandate.sourceReference ? ` — ${mandate.sourceReference}` : ''}
                </Fact>
                <Fact term="Plazo">
                  {mandate.term.days} días{' '}
                  {mandate.term.unit === 'business' ? 'hábiles' : 'calendario'}
                </Fact>
                <Fact term="Asignado el">{formatDateTime(mandate.createdAt)}</Fact>
                <Fact term="Estado">{STATE_NAMES[mandate.state]}</Fact>
                {mandate.closingReason && (
                  <Fact term="Motivo de cierre">{mandate.closingReason}</Fact>
                )}
              </dl>
            </FileSection>
            <ProgressSection mandate={mandate} />
            <EvidenceSection mandate={mandate} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <DeadlinesSection id={mandate.id} unitName={unitName} />
            <TimelineSection id={mandate.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div style={{ marginBottom: 8 }}>
      <Text component="dt" size="sm" fw={700}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** The progress reports, from the audit trail: each with its date, who, its percentage and note. */
function ProgressSection({ mandate }: { mandate: Mandate }) {
  const history = useHistory(mandate.id);
  const reports = (history.data ?? []).filter((h) => h.type === 'REPORT_PROGRESS');
  return (
    <FileSection title="Avance">
      <ProgressMeter percent={mandate.progressPercent} title={mandate.title} />
      {history.isPending && <Loader size="sm" aria-label="Cargando los avances" />}
      {history.isError && (
        <Alert color="red" role="alert">
          No se pudieron cargar los avances: {history.error.message}
        </Alert>
      )}
      {history.data && reports.length === 0 && <Text c="gray.7">Aún no se informó avance.</Text>}
      {reports.length > 0 && (
        <Table>
          <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
            Informes de avance, el más reciente primero
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Fecha</Table.Th>
              <Table.Th scope="col">%</Table.Th>
              <Table.Th scope="col">Avance</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...reports].reverse().map((r, index) => (
              <Table.Tr key={r.seq ?? `r${index}`}>
                <Table.Td>{formatDay(r.at)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {typeof r.payload['percent'] === 'number' ? `${r.payload['percent']} %` : '—'}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {String(r.payload['note'] ?? '')}
                  </Text>
                  <Text size="xs" c="gray.7">
                    {r.actor}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </FileSection>
  );
}

/** The evidence given when submitting, and the documents attached (uploaded from here). */
function EvidenceSection({ mandate }: { mandate: Mandate }) {
  return (
    <FileSection title="Evidencia">
      {mandate.evidence ? (
        <Text>
          <strong>Sustento presentado:</strong> {mandate.evidence}
        </Text>
      ) : (
        <Text c="gray.7">Aún no se presentó el cumplimiento.</Text>
      )}
      <AttachmentsPanel
        of={{
          kind: 'mandates',
          id: mandate.id,
          queryKey: mandateAttachmentsKey(mandate.id),
          // The mandate's history records the upload.
          alsoRefresh: [mandateKey(mandate.id)],
        }}
        kinds={['evidencia']}
        formLabel="Adjuntar evidencia"
        empty="Aún no hay documentos adjuntos."
      />
    </FileSection>
  );
}

const DEADLINE_STATUS: Record<ScheduledDeadline['status'], [string, string]> = {
  pending: ['En curso', 'indigo'],
  expired: ['Vencido', 'red.9'],
  met: ['Cumplido a tiempo', 'green'],
  met_late: ['Cumplido fuera de plazo', 'orange'],
  cancelled: ['Cancelado', 'gray'],
};

/** Each term with its last day, the business days left and its alerts (when they fire or fired). */
function DeadlinesSection({
  id,
  unitName,
}: {
  id: string;
  unitName: (id: string | null) => string;
}) {
  const schedule = useDeadlines(id);
  return (
    <FileSection title="Plazos">
      {schedule.isPending && <Loader size="sm" aria-label="Cargando los plazos" />}
      {schedule.isError && (
        <Alert color="red" role="alert">
          No se pudieron cargar los plazos: {schedule.error.message}
        </Alert>
      )}
      {schedule.data && schedule.data.items.length === 0 && (
        <Text c="gray.7">El encargo no tiene plazos.</Text>
      )}
      {schedule.data &&
        [...schedule.data.items].reverse().map((d) => {
          const [label, color] = DEADLINE_STATUS[d.status];
          const open = d.closedAt === null;
          return (
            <Card
              key={d.id}
              withBorder
              padding="sm"
              bg={open ? undefined : 'gray.0'}
              aria-label={`Plazo: ${d.name}`}
              component="article"
            >
              <Stack gap={6}>
                <Group justify="space-between" align="start" gap="xs">
                  <Text fw={700}>{d.name}</Text>
                  <Badge
                    color={color}
                    variant={d.status === 'expired' ? 'filled' : 'light'}
                    c={d.status === 'expired' ? undefined : 'dark.8'}
                  >
                    {label}
                  </Badge>
                </Group>
                <Text size="sm">
                  Vence al final del {formatCivilDate(d.dueOn)}
                  {d.term
                    ? ` (${d.term.days} días ${d.term.unit === 'business' ? 'hábiles' : 'calendario'})`
                    : ''}
                </Text>
                {open && d.businessDaysLeft !== null && (
                  <Text
                    size="sm"
                    fw={700}
                    c={
                      isOverdue({ status: d.status, businessDaysLeft: d.businessDaysLeft })
                        ? 'red.9'
                        : undefined
                    }
                  >
                    {daysLeftText({ status: d.status, businessDaysLeft: d.businessDaysLeft })}
                  </Text>
                )}
                {!open && d.closedAt && (
                  <Text size="sm" c="gray.7">
                    Cerrado el {formatDateTime(d.closedAt)}
                  </Text>
                )}
                <Text size="sm" c="gray.7">
                  Responsable: {unitName(d.responsibleUnitId)}
                </Text>
                {d.alerts.length > 0 && (
                  <Stack gap={4} component="ul" style={{ paddingLeft: 18, margin: 0 }}>
                    {d.alerts.map((a) => (
                      <AlertLine key={`${a.kind}-${a.level}`} alert={a} />
                    ))}
                  </Stack>
                )}
              </Stack>
            </Card>
          );
        })}
    </FileSection>
  );
}

/** The instant just before `iso`: a timer at the end of a day reads as that day, not the next. */
const dayEndingAt = (iso: string) => new Date(new Date(iso).getTime() - 1).toISOString();

function AlertLine({ alert }: { alert: DeadlineAlert }) {
  const to = ADDRESSED_TO[alert.target] ?? `a ${alert.target}`;
  const what =
    alert.kind === 'reminder'
      ? `Recordatorio ${to}`
      : alert.kind === 'expiry'
        ? `Vencimiento, aviso ${to}`
        : `Escalamiento ${to}`;
  const when =
    alert.kind === 'reminder'
      ? formatDateTime(alert.fireAt)
      : `al terminar el ${formatDay(dayEndingAt(alert.fireAt))}`;
  const outcome =
    alert.status === 'fired'
      ? 'enviado'
      : alert.status === 'cancelled'
        ? 'no se envió: el plazo se cerró antes'
        : 'programado';
  return (
    <Text component="li" size="sm">
      <strong>{what}</strong>: {when} — {outcome}
    </Text>
  );
}

const HISTORY_NAMES: Record<string, string> = {
  CREATE: 'Encargo asignado',
  REPORT_PROGRESS: 'Avance informado',
  SUBMIT: 'Cumplimiento presentado',
  ACCEPT: 'Cumplimiento aceptado',
  RETURN: 'Devuelto con observaciones',
  CANCEL: 'Dejado sin efecto',
  'deadline.expired': 'Plazo vencido',
  'deadline.escalated': 'Escalamiento',
  'deadline.recalculated': 'Plazo recalculado (cambió el calendario)',
  'attachment.added': 'Documento adjuntado',
};

function historyDetail(item: HistoryItem): string | null {
  const p = item.payload;
  switch (item.type) {
    case 'REPORT_PROGRESS':
      return `${typeof p['percent'] === 'number' ? `${p['percent']} % — ` : ''}${String(p['note'] ?? '')}`;
    case 'SUBMIT':
      return String(p['evidence'] ?? '');
    case 'RETURN':
    case 'CANCEL':
      return `Motivo: ${String(p['reason'] ?? '')}`;
    case 'attachment.added':
      return String(p['fileName'] ?? '');
    case 'deadline.escalated':
      return `Se escaló ${ADDRESSED_TO[String(p['role'])] ?? `a ${String(p['role'])}`}`;
    default:
      return null;
  }
}

/** The audit trail of the mandate: every event, who and when, oldest first. */
function TimelineSection({ id }: { id: string }) {
  const history = useHistory(id);
  return (
    <FileSection title="Historia">
      {history.isPending && <Loader size="sm" aria-label="Cargando la historia" />}
      {history.isError && (
        <Alert color="red" role="alert">
          No se pudo cargar la historia: {history.error.message}
        </Alert>
      )}
      {history.data && history.data.length === 0 && <Text c="gray.7">Sin eventos.</Text>}
      {history.data && history.data.length > 0 && (
        <Stack
          gap="sm"
          component="ol"
          aria-label="Historia del encargo"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {history.data.map((item, index) => {
            const detail = historyDetail(item);
            const warning = item.type.startsWith('deadline.');
            return (
              <li
                key={item.seq ?? `h${index}`}
                style={{
                  borderLeft: `3px solid var(--mantine-color-${warning ? 'red-9' : 'indigo-8'})`,
                  paddingLeft: 10,
                }}
              >
                <Text size="sm" fw={700}>
                  {HISTORY_NAMES[item.type] ?? item.type}
                </Text>
                <Text size="xs" c="gray.7">
                  {formatDateTime(item.at)} · {item.actor}
                  {item.onBehalfOf ? ` (por ${item.onBehalfOf})` : ''}
                </Text>
                {detail && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {detail}
                  </Text>
                )}
              </li>
            );
          })}
        </Stack>
      )}
    </FileSection>
  );
}
