import { Alert, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useParams } from 'react-router';
import type { SessionUser } from '../api/client';
import { PutOnAgendaButton } from '../council/PutOnAgendaButton';
import { formatDate, formatDateTime, formatSoles } from '../format';
import { DeadlinesPanel, FileSection, HistoryPanel } from '../resolutions/FilePanels';
import { problemText } from '../resolutions/problems';
import { isAdmin } from '../roles';
import { type HistoryItem, usePeople, useUnitNames } from '../resolutions/resolutions';
import {
  type BudgetReview,
  type BudgetReviewEventType,
  budgetReviewHistoryKey,
  CALENDAR_PATH,
  nextPhase,
  useBudgetReview,
  useBudgetReviewHistory,
  useDateVersions,
} from './budget';
import {
  ACTION_LABELS,
  AUTHORITY_LABELS,
  DATE_SOURCE_LABELS,
  EVENT_LABELS,
  STATE_LABELS,
} from './labels';
import { FUNDING_SOURCE_LABELS } from './funding-sources';
import { ChangeDateDialog } from './ChangeDateDialog';
import { ReviewEventDialog } from './ReviewEventDialog';
import { ReviewStateBadge } from './StateBadge';
import {
  DataRow,
  DoneNotice,
  FileActions,
  FileAttachments,
  FileColumns,
  FileHeading,
  FileNotLoaded,
} from '../files/FileParts';
import { useFileAction } from '../files/useFileAction';

/** The order of the action buttons: the lifecycle's. */
const ACTION_ORDER: BudgetReviewEventType[] = [
  'COMPLETE_PHASE',
  'SUBMIT',
  'ACCEPT',
  'OBSERVE',
  'CONFORMITY',
  'SEND_TO_COUNCIL',
  'APPROVE_BY_RESOLUTION',
  'APPROVE_BY_MAYOR_FALLBACK',
  'PUBLISH',
];
const SECONDARY: ReadonlySet<BudgetReviewEventType> = new Set(['OBSERVE']);
const STATE_NAMES = STATE_LABELS as Record<string, string>;

/** What the timeline says besides the event's name. */
function detailOf(item: HistoryItem): string | null {
  const d = (item.payload ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : null);
  switch (item.type) {
    case 'COMPLETE_PHASE':
    case 'SUBMIT':
      return text('documentRef');
    case 'OBSERVE':
      return text('observations');
    case 'ACCEPT':
      return text('reportRef');
    case 'CONFORMITY':
    case 'SEND_TO_COUNCIL':
      return text('memoRef');
    case 'COUNCIL_APPROVED':
    case 'COUNCIL_REJECTED':
      return [text('agreementNumber'), text('reason')].filter(Boolean).join(': ') || null;
    case 'APPROVE_BY_RESOLUTION':
    case 'APPROVE_BY_MAYOR_FALLBACK':
      return text('resolutionNumber');
    case 'PUBLISH':
      return text('gazette');
    case 'DATE_CHANGED':
    case 'PREDECESSOR_APPROVED': {
      const dueOn = text('dueOn');
      return dueOn ? `Último día: ${formatDate(dueOn)} (${text('basis') ?? ''})` : null;
    }
    default:
      return null;
  }
}

/**
 * `/calendario-de-gestion/documentos/:id`: the review of one budget or management document — its
 * data and last day, every version presented with its key figures, the observations, the procedure
 * so far, its deadlines, attachments and audit trail — with the actions the caller may take now.
 */
export function ReviewFile({ user }: { user: SessionUser }) {
  const { id = '' } = useParams();
  const review = useBudgetReview(id);
  const history = useBudgetReviewHistory(id);
  const file = useFileAction<BudgetReviewEventType, BudgetReview>({
    eventLabels: EVENT_LABELS,
    refetch: review.refetch,
  });

  if (!review.data)
    return (
      <FileNotLoaded
        query={review}
        listTo={CALENDAR_PATH}
        listLabel="Volver al calendario de gestión"
      />
    );
  const r = review.data;
  const actions = ACTION_ORDER.filter((t) => r.allowedEvents.includes(t));

  return (
    <Stack>
      <FileHeading
        backTo={`${CALENDAR_PATH}?anio=${r.fiscalYear}`}
        backLabel={`Calendario de gestión ${r.fiscalYear}`}
        title={`${r.documentName} ${r.fiscalYear}`}
        subject={AUTHORITY_LABELS[r.authority]}
        badge={<ReviewStateBadge state={r.state} />}
        version={r.version}
        createdWord="sembrado"
        createdAt={r.createdAt}
      >
        <Text size="sm" c={r.missed ? 'red.9' : undefined}>
          {r.dueOn
            ? `Último día: ${formatDate(r.dueOn)}${r.missed ? ' (venció sin aprobarse)' : ''}`
            : 'Sin fecha aún: se fija con la aprobación de su predecesor.'}
        </Text>
      </FileHeading>

      <DoneNotice {...file.notice} />
      <PutOnAgendaButton
        fileId={r.id}
        awaitingCouncil={r.state === 'awaiting_council'}
        user={user}
      />
      <FileActions
        actions={actions}
        labels={ACTION_LABELS}
        secondary={SECONDARY}
        editTo=""
        onAct={file.open}
      />

      {file.dialog && <ReviewEventDialog {...file.dialog} file={r} user={user} />}

      <FileColumns
        main={
          <>
            <Data r={r} />
            <Phases r={r} admin={isAdmin(user)} />
            <Versions r={r} />
            <Observations r={r} />
            <Procedure r={r} />
            <FileAttachments
              kind="budget-reviews"
              id={r.id}
              queryKey={['budget-reviews', 'attachments', r.id]}
              historyKey={budgetReviewHistoryKey(r.id)}
              kinds={['informe', 'otro']}
            />
          </>
        }
        side={
          <>
            <DeadlinesPanel
              deadlines={r.deadlines}
              nameOf={(d) => {
                const phase = d.code === 'fase' && r.phases.find((p) => p.code === d.key);
                return phase ? `Fase: ${phase.name}` : d.name;
              }}
            />
            <DateVersions review={r} admin={isAdmin(user)} />
            <HistoryPanel
              history={history}
              eventLabels={EVENT_LABELS}
              stateNames={STATE_NAMES}
              detailOf={detailOf}
            />
          </>
        }
      />
    </Stack>
  );
}

function Data({ r }: { r: BudgetReview }) {
  const unitName = useUnitNames();
  return (
    <FileSection title="Datos del documento">
      <Stack gap={6}>
        <DataRow label="Documento">{r.documentName}</DataRow>
        <DataRow label="Año fiscal">{r.fiscalYear}</DataRow>
        <DataRow label="Unidad responsable">{unitName(r.responsibleUnitId)}</DataRow>
        <DataRow label="Lo aprueba">{AUTHORITY_LABELS[r.authority]}</DataRow>
        <DataRow label="Último día">
          {r.dueOn ? formatDate(r.dueOn) : 'Sin fecha aún'}
          {r.chainedAfter &&
            r.chainedBusinessDays !== null &&
            ` (${r.chainedBusinessDays} días hábiles después de la aprobación de su predecesor)`}
        </DataRow>
        {/* Often the very rule of the base legal: then said once, below. */}
        {r.dueBasis && r.dueBasis !== r.basis && (
          <DataRow label="Fuente legal de la fecha">{r.dueBasis}</DataRow>
        )}
        <DataRow label="Base legal">
          {r.basis}
          {r.verify && ' ⚠ Regla por verificar con la norma vigente.'}
        </DataRow>
        {r.mayorFallbackAfter && (
          <DataRow label="Aprobación supletoria">
            Si el Concejo no lo aprueba, el Alcalde puede aprobarlo desde el día siguiente al{' '}
            {formatDate(r.mayorFallbackAfter)} (LOM Art. 20 inc. 10).
          </DataRow>
        )}
        <DataRow label="Fuente de financiamiento de las cifras">
          {r.fundingSource ? 'Se indica en cada cifra' : 'No se exige'}
        </DataRow>
      </Stack>
    </FileSection>
  );
}

/** The phases the unit completes in order before presenting it (the Presupuesto Participativo's). */
function Phases({ r, admin }: { r: BudgetReview; admin: boolean }) {
  const [changing, setChanging] = useState<BudgetReview['phases'][number] | null>(null);
  // The dates' versions are written with the change; the file hears it a moment later (outbox).
  const dates = useDateVersions(r.id).data;
  const dueOf = (phase: BudgetReview['phases'][number]) =>
    dates?.filter((d) => d.phase === phase.code).at(-1)?.dueOn ?? phase.dueOn;
  if (r.phases.length === 0) return null;
  const next = nextPhase(r);
  return (
    <FileSection title="Fases">
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Fase</Table.Th>
            <Table.Th scope="col">Último día</Table.Th>
            <Table.Th scope="col">Situación</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.phases.map((p, i) => (
            <Table.Tr key={p.code}>
              <Table.Td>
                {i + 1}. {p.name}
              </Table.Td>
              <Table.Td>
                {formatDate(dueOf(p))}
                {admin && p.completion === null && (
                  <Button
                    variant="subtle"
                    size="compact-xs"
                    display="block"
                    onClick={() => setChanging(p)}
                    aria-label={`Cambiar el último día de la fase ${i + 1}`}
                  >
                    Cambiar
                  </Button>
                )}
              </Table.Td>
              <Table.Td>
                {p.completion ? (
                  <Text size="sm">
                    Cumplida: {p.completion.documentRef}
                    {p.missed && ' (fuera de plazo)'}
                  </Text>
                ) : (
                  <Text
                    size="sm"
                    c={p.missed ? 'red.9' : undefined}
                    fw={p.missed ? 700 : undefined}
                  >
                    {p === next ? 'La que sigue' : 'Pendiente'}
                    {p.missed && ' · vencida'}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="gray.7" mt="xs">
        {next
          ? 'Las fases se cumplen en orden; el documento se presenta cuando todas están cumplidas.'
          : 'Todas las fases están cumplidas.'}
        {r.phases.some((p) => p.verify) &&
          ' ⚠ Sus fechas las fija la ordenanza anual: verifíquelas.'}
      </Text>
      {changing && (
        <ChangeDateDialog review={r} phase={changing} onClose={() => setChanging(null)} />
      )}
    </FileSection>
  );
}

/** Each presentation with its key figures, the latest first. */
function Versions({ r }: { r: BudgetReview }) {
  const people = usePeople();
  return (
    <FileSection title="Versiones presentadas">
      {r.versions.length === 0 ? (
        <Text size="sm" c="gray.7">
          La unidad responsable aún no lo ha presentado.
        </Text>
      ) : (
        <Stack gap="md">
          {[...r.versions].reverse().map((v) => (
            <Stack key={v.n} gap={4}>
              <Title order={3} size="h5">
                Versión {v.n}: {v.documentRef}
              </Title>
              <Text size="xs" c="gray.7">
                Presentada el {formatDateTime(v.at)}
                {v.submittedBy && ` por ${people.byId(v.submittedBy)}`}
              </Text>
              {v.summary && <Text size="sm">{v.summary}</Text>}
              {v.figures.length > 0 && (
                <Table striped verticalSpacing="xs">
                  <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
                    Cifras clave de la versión {v.n}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Concepto</Table.Th>
                      <Table.Th scope="col" style={{ textAlign: 'right' }}>
                        Monto
                      </Table.Th>
                      {/* On a phone, under the concept: three columns do not fit. */}
                      <Table.Th scope="col" visibleFrom="sm">
                        Fuente de financiamiento
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {v.figures.map((f, i) => (
                      <Table.Tr key={i}>
                        <Table.Td>
                          {f.concept}
                          {f.fundingSource && (
                            <Text size="xs" c="gray.7" hiddenFrom="sm">
                              {FUNDING_SOURCE_LABELS[f.fundingSource]}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                          {formatSoles(f.amountCents)}
                        </Table.Td>
                        <Table.Td visibleFrom="sm">
                          {f.fundingSource ? FUNDING_SOURCE_LABELS[f.fundingSource] : '—'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </FileSection>
  );
}

function Observations({ r }: { r: BudgetReview }) {
  const people = usePeople();
  if (r.observations.length === 0) return null;
  return (
    <FileSection title="Observaciones">
      <Stack gap="sm">
        {r.observations.map((o, i) => (
          <Stack key={i} gap={2}>
            <Text size="sm" fw={600}>
              A la versión {o.version} · plazo para subsanar: {o.termBusinessDays}{' '}
              {o.termBusinessDays === 1 ? 'día hábil' : 'días hábiles'}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {o.observations}
            </Text>
            <Text size="xs" c="gray.7">
              {formatDateTime(o.at)}
              {o.by && ` · ${people.byId(o.by)}`}
            </Text>
          </Stack>
        ))}
      </Stack>
    </FileSection>
  );
}

function Procedure({ r }: { r: BudgetReview }) {
  const steps: ReactNode[] = [];
  if (r.acceptance)
    steps.push(
      <DataRow key="acceptance" label="Aceptado por Planeamiento y Presupuesto">
        {r.acceptance.reportRef ?? 'Sin informe'} ({formatDateTime(r.acceptance.at)})
      </DataRow>,
    );
  if (r.conformity)
    steps.push(
      <DataRow key="conformity" label="Conformidad del Gerente">
        {r.conformity.memoRef} ({formatDateTime(r.conformity.at)})
      </DataRow>,
    );
  if (r.councilReferral)
    steps.push(
      <DataRow key="referral" label="Enviado al Concejo">
        {r.councilReferral.memoRef ?? 'Sin documento'} ({formatDateTime(r.councilReferral.at)})
      </DataRow>,
    );
  if (r.agreement)
    steps.push(
      <DataRow key="agreement" label={r.agreement.approved ? 'Aprobado por' : 'No aprobado por'}>
        {r.agreement.number} ({formatDateTime(r.agreement.at)})
        {r.agreement.reason && `: ${r.agreement.reason}`}
      </DataRow>,
    );
  if (r.resolution)
    steps.push(
      <DataRow
        key="resolution"
        label={r.resolution.fallback ? 'Aprobado supletoriamente por' : 'Aprobado por'}
      >
        {r.resolution.number} ({formatDateTime(r.resolution.at)})
      </DataRow>,
    );
  if (r.approvedOn)
    steps.push(
      <DataRow key="approved" label="Fecha de aprobación">
        {formatDate(r.approvedOn)}
      </DataRow>,
    );
  if (r.publication)
    steps.push(
      <DataRow key="publication" label="Publicado">
        {r.publication.gazette}, el {formatDate(r.publication.publishedOn)}
      </DataRow>,
    );
  return (
    <FileSection title="Trámite">
      {steps.length === 0 ? (
        <Text size="sm" c="gray.7">
          Aún no se ha revisado.
        </Text>
      ) : (
        <Stack gap={6}>{steps}</Stack>
      )}
    </FileSection>
  );
}

/** The versions of the last day, each with its legal source (never deleted). */
const phaseName = (review: BudgetReview, code: string): string =>
  review.phases.find((p) => p.code === code)?.name ?? code;

function DateVersions({ review, admin }: { review: BudgetReview; admin: boolean }) {
  const dates = useDateVersions(review.id);
  const people = usePeople();
  const [changing, setChanging] = useState(false);
  // An approved document keeps its date (the API answers 409 ITEM_CLOSED).
  const open = review.state !== 'approved' && review.state !== 'published';
  return (
    <FileSection title="Versiones del último día">
      {admin && open && (
        <Button variant="default" w="fit-content" onClick={() => setChanging(true)}>
          Cambiar el último día
        </Button>
      )}
      {changing && <ChangeDateDialog review={review} onClose={() => setChanging(false)} />}
      {dates.isPending && <Loader size="sm" aria-label="Cargando las fechas" />}
      {dates.isError && (
        <Alert color="red" role="alert" title="No se pudieron cargar las fechas">
          {problemText(dates.error)}
        </Alert>
      )}
      {dates.data && (
        <Stack gap="sm">
          {dates.data.map((d) => (
            <Stack key={`${d.phase ?? ''}/${d.version}`} gap={0}>
              <Text size="sm" fw={600}>
                {d.phase !== null && `Fase «${phaseName(review, d.phase)}», `}
                {d.version}. {d.dueOn ? formatDate(d.dueOn) : 'Sin fecha'}
              </Text>
              <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                {d.basis}
              </Text>
              <Text size="xs" c="gray.7">
                {DATE_SOURCE_LABELS[d.source]} · {formatDateTime(d.recordedAt)}
                {d.recordedBy && ` · ${people.byId(d.recordedBy)}`}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </FileSection>
  );
}
