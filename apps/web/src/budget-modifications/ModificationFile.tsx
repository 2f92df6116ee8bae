import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { SessionUser } from '../api/client';
import { formatDateTime, formatSoles } from '../format';
import {
  DataRow,
  DoneNotice,
  FileActions,
  FileColumns,
  FileHeading,
  FileNotLoaded,
} from '../files/FileParts';
import { useFileAction } from '../files/useFileAction';
import { FUNDING_SOURCE_LABELS } from '../budget/funding-sources';
import { DeadlinesPanel, FileSection, HistoryPanel } from '../resolutions/FilePanels';
import { problemText } from '../resolutions/problems';
import { type HistoryItem, useResolution, useUnitNames } from '../resolutions/resolutions';
import { DeadlineText, StateBadge as ResolutionStateBadge } from '../resolutions/StateBadge';
import {
  ACTION_LABELS,
  EVENT_LABELS,
  MODALITY_LABELS,
  REQUEST_TYPE_LABELS,
  STATE_LABELS,
} from './labels';
import { ModificationEventDialog } from './ModificationEventDialog';
import {
  MODIFICATIONS_PATH,
  type Modification,
  type ModificationEventType,
  type ProgrammaticLine,
  useModification,
  useModificationHistory,
} from './modifications';
import { ModificationStateBadge } from './StateBadge';

/** The order of the action buttons: the lifecycle's. */
const ACTION_ORDER: ModificationEventType[] = [
  'SUBMIT',
  'TECHNICAL_REPORT',
  'APPROVE',
  'ELEVATE',
  'APPROVE_BY_MAYOR',
  'REJECT',
  'WITHDRAW',
];
const SECONDARY: ReadonlySet<ModificationEventType> = new Set(['REJECT', 'WITHDRAW']);
const STATE_NAMES = STATE_LABELS as Record<string, string>;

const title = (m: Pick<Modification, 'modality' | 'requestType'>): string =>
  m.modality ? MODALITY_LABELS[m.modality] : REQUEST_TYPE_LABELS[m.requestType];

/** «0036 · 3000579 · 5004369 · 2.3.1.5.1.2»: programa, producto/proyecto, actividad, específica. */
const lineText = (l: ProgrammaticLine): string =>
  [l.program, l.productOrProject, l.activity, l.expenseItem].join(' · ');

/**
 * `/presupuesto/modificaciones/:id`: the request — its data and amount, OPP's technical report,
 * the decision, the draft RGM it created and its state, deadlines and the audit trail — with the
 * actions the caller may take now (the resource's `allowedEvents`), each in its own dialog.
 */
export function ModificationFile({ user }: { user: SessionUser }) {
  const { id = '' } = useParams();
  const modification = useModification(id);
  const history = useModificationHistory(id);
  const file = useFileAction<ModificationEventType, Modification>({
    eventLabels: EVENT_LABELS,
    refetch: modification.refetch,
  });

  if (modification.isPending || modification.isError)
    return (
      <FileNotLoaded
        query={modification}
        listTo={MODIFICATIONS_PATH}
        listLabel="Volver a las modificaciones presupuestarias"
      />
    );
  const m = modification.data;
  const actions = ACTION_ORDER.filter((t) => m.allowedEvents.includes(t));
  const current = [...m.deadlines].sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];

  return (
    <Stack>
      <FileHeading
        backTo={MODIFICATIONS_PATH}
        backLabel="Modificaciones presupuestarias"
        title={`${title(m)} por ${formatSoles(m.amountCents)}`}
        subject={m.justification}
        badge={<ModificationStateBadge state={m.state} />}
        version={m.version}
        createdWord="solicitada"
        createdAt={m.createdAt}
      >
        {current && <DeadlineText deadline={current} />}
      </FileHeading>

      <DoneNotice {...file.notice} />

      <FileActions
        actions={actions}
        labels={ACTION_LABELS}
        secondary={SECONDARY}
        editTo={`${MODIFICATIONS_PATH}/${m.id}`}
        onAct={file.open}
      />

      {file.dialog && <ModificationEventDialog {...file.dialog} file={m} user={user} />}

      <FileColumns
        main={
          <>
            <Data m={m} />
            <Procedure m={m} />
            {m.resolutionId && <LinkedResolution id={m.resolutionId} />}
          </>
        }
        side={
          <>
            <DeadlinesPanel deadlines={m.deadlines} />
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

function Data({ m }: { m: Modification }) {
  const unitName = useUnitNames();
  return (
    <FileSection title="Datos de la solicitud">
      <Stack gap={6}>
        <DataRow label="Tipo">{REQUEST_TYPE_LABELS[m.requestType]}</DataRow>
        {m.modality && <DataRow label="Modalidad">{MODALITY_LABELS[m.modality]}</DataRow>}
        <DataRow label="Monto">{formatSoles(m.amountCents)}</DataRow>
        <DataRow label="Fuente de financiamiento">{FUNDING_SOURCE_LABELS[m.fundingSource]}</DataRow>
        {m.fromLine && <DataRow label="Línea de origen">{lineText(m.fromLine)}</DataRow>}
        <DataRow label={m.fromLine ? 'Línea de destino' : 'Línea programática'}>
          {lineText(m.toLine)}
        </DataRow>
        <DataRow label="Justificación">{m.justification}</DataRow>
        <DataRow label="Unidad solicitante">{unitName(m.requestingUnitId)}</DataRow>
        <DataRow label="Quién aprueba">
          {m.managerDelegation.held
            ? `El Gerente Municipal, por delegación (${m.managerDelegation.instrument})`
            : 'El Alcalde'}
        </DataRow>
      </Stack>
    </FileSection>
  );
}

/** The procedure so far: submission, OPP's report and its returns, the decision. */
function Procedure({ m }: { m: Modification }) {
  const steps: ReactNode[] = [];
  if (m.submittedAt)
    steps.push(
      <DataRow key="submitted" label="Enviada a Planeamiento y Presupuesto">
        {formatDateTime(m.submittedAt)}
      </DataRow>,
    );
  for (const [i, r] of m.returns.entries())
    steps.push(
      <DataRow key={`return-${i}`} label={`Observada (${i + 1})`}>
        {r.reportRef} ({formatDateTime(r.at)}): {r.reason}
      </DataRow>,
    );
  if (m.technicalReport)
    steps.push(
      <DataRow key="report" label="Informe técnico de Planeamiento y Presupuesto">
        {m.technicalReport.favorable ? 'Favorable' : 'Desfavorable'} — {m.technicalReport.reportRef}{' '}
        ({formatDateTime(m.technicalReport.at)})
        {m.technicalReport.observations && `: ${m.technicalReport.observations}`}
      </DataRow>,
    );
  if (m.elevation)
    steps.push(
      <DataRow key="elevation" label="Elevada al Alcalde">
        {m.elevation.memoRef ?? 'Sin documento'} ({formatDateTime(m.elevation.at)})
      </DataRow>,
    );
  if (m.approval)
    steps.push(
      <DataRow key="approval" label="Decisión">
        Aprobada por {m.approval.by === 'gerente' ? 'el Gerente Municipal' : 'el Alcalde'} (
        {formatDateTime(m.approval.at)})
      </DataRow>,
    );
  if (m.formalization)
    steps.push(
      <DataRow key="formalization" label="Formalizada con">
        {m.formalization.number ?? 'Resolución sin número aún'}
        {m.formalization.signedAt && `, firmada el ${formatDateTime(m.formalization.signedAt)}`}
      </DataRow>,
    );
  if (m.rejection)
    steps.push(
      <DataRow key="rejection" label="Denegada">
        Por {m.rejection.by === 'gerente' ? 'el Gerente Municipal' : 'el Alcalde'} (
        {formatDateTime(m.rejection.at)}): {m.rejection.reason}
      </DataRow>,
    );
  if (m.withdrawal)
    steps.push(
      <DataRow key="withdrawal" label="Retirada">
        {formatDateTime(m.withdrawal.at)}
        {m.withdrawal.reason && `: ${m.withdrawal.reason}`}
      </DataRow>,
    );
  return (
    <FileSection title="Trámite">
      {steps.length === 0 ? (
        <Text size="sm" c="gray.7">
          Aún no se ha enviado a Planeamiento y Presupuesto.
        </Text>
      ) : (
        <Stack gap={6}>{steps}</Stack>
      )}
    </FileSection>
  );
}

/** The draft RGM the approval created, with its own state (it runs its own lifecycle). */
function LinkedResolution({ id }: { id: string }) {
  const resolution = useResolution(id);
  const r = resolution.data;
  return (
    <FileSection title="Resolución de Gerencia Municipal">
      <Stack gap={6}>
        <Anchor component={Link} to={`/resoluciones/${id}`} fw={600}>
          {r ? (r.number ?? `Proyecto: ${r.subject}`) : 'Abrir la resolución'}
        </Anchor>
        {r && (
          <Group gap="xs">
            <Text size="sm" c="gray.7">
              Estado:
            </Text>
            <ResolutionStateBadge state={r.state} />
          </Group>
        )}
        {resolution.isError && (
          <Text size="sm" c="gray.7">
            No se pudo leer su estado: {problemText(resolution.error)}
          </Text>
        )}
      </Stack>
    </FileSection>
  );
}

/** A line about what the event carried, for the timeline (the audit keeps all of it). */
function detailOf(item: HistoryItem): string | null {
  const p = item.payload;
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);
  switch (item.type) {
    case 'TECHNICAL_REPORT':
      return `${p.favorable === true ? 'Favorable' : 'Desfavorable'} — ${text('reportRef') ?? ''}`;
    case 'ELEVATE':
      return text('memoRef');
    case 'APPROVE_BY_MAYOR':
      return text('resolutionRef');
    case 'REJECT':
    case 'WITHDRAW':
      return text('reason');
    default:
      return null;
  }
}
