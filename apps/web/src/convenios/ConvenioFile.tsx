import { Anchor, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { SessionUser } from '../api/client';
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
import { formatDate, formatDateTime, formatSoles } from '../format';
import { type HistoryItem, useUnitNames } from '../resolutions/resolutions';
import { DeadlinesPanel, FileSection, HistoryPanel } from '../resolutions/FilePanels';
import { DeadlineText, Dot } from '../resolutions/StateBadge';
import { PutOnAgendaButton } from '../council/PutOnAgendaButton';
import { ConvenioEventDialog } from './ConvenioEventDialog';
import {
  type Convenio,
  type ConvenioEventType,
  convenioAttachmentsKey,
  convenioHistoryKey,
  useConvenio,
  useConvenioHistory,
} from './convenios';
import {
  ACTION_LABELS,
  DUE_STATUS_LABELS,
  ENDING_LABELS,
  EVENT_LABELS,
  PARTY_LABELS,
  STATE_LABELS,
  TYPE_LABELS,
} from './labels';
import { ConvenioStateBadge } from './StateBadge';

/** The kernel obligation of each 90/60/30-day expiry alert (libs/convenios). */
const EXPIRY_ALERT = 'aviso_vencimiento';

/** The order of the action buttons: the lifecycle's. */
const ACTION_ORDER: ConvenioEventType[] = [
  'EDIT',
  'SUBMIT',
  'CERTIFY_BUDGET',
  'LEGAL_OPINION',
  'CONFORMITY',
  'SEND_TO_COUNCIL',
  'COUNCIL_APPROVED',
  'COUNCIL_REJECTED',
  'SIGN',
  'REPORT_OBLIGATION',
  'ADDENDUM',
  'FREE_EXIT',
  'MUTUAL_TERMINATION',
  'TERMINATION_FOR_BREACH',
  'RETURN',
  'WITHDRAW',
];
const SECONDARY: ReadonlySet<ConvenioEventType> = new Set([
  'RETURN',
  'WITHDRAW',
  'COUNCIL_REJECTED',
  'FREE_EXIT',
  'MUTUAL_TERMINATION',
  'TERMINATION_FOR_BREACH',
]);
const STATE_NAMES = STATE_LABELS as Record<string, string>;

/** Today in Lima as AAAA-MM-DD: the municipality's calendar, whatever the device says. */
const limaToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(new Date());

/** Calendar days from today to a civil date (negative: already past). */
export function daysUntil(date: string, today = limaToday()): number {
  return Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}

/**
 * `/convenios/:id`: the whole file — its data, state, the procedure so far, signature and term,
 * the obligations' calendar, attachments and the audit trail — with the actions the caller may
 * take now (the resource's `allowedEvents`), each in its own dialog.
 */
export function ConvenioFile({ user }: { user: SessionUser }) {
  const { id = '' } = useParams();
  const convenio = useConvenio(id);
  const history = useConvenioHistory(id);
  const file = useFileAction<ConvenioEventType, Convenio>({
    eventLabels: EVENT_LABELS,
    refetch: convenio.refetch,
  });

  if (convenio.isPending || convenio.isError)
    return (
      <FileNotLoaded
        query={convenio}
        listTo="/convenios"
        listLabel="Volver a la lista de convenios"
      />
    );
  const c = convenio.data;
  const actions = ACTION_ORDER.filter((t) => c.allowedEvents.includes(t));
  const current = [...c.deadlines].sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];

  return (
    <Stack>
      <FileHeading
        backTo="/convenios"
        backLabel="Convenios"
        title={c.number ?? (c.isAddendum ? 'Proyecto de adenda' : 'Proyecto de convenio')}
        subject={`${c.counterpart.name} · ${c.object}`}
        badge={<ConvenioStateBadge state={c.state} />}
        version={c.version}
        createdWord="creado"
        createdAt={c.createdAt}
      >
        {current && <DeadlineText deadline={current} />}
        {c.inForceUntil && <Expiry c={c} />}
      </FileHeading>

      <DoneNotice {...file.notice} />

      <PutOnAgendaButton
        fileId={c.id}
        awaitingCouncil={c.state === 'awaiting_council'}
        user={user}
      />

      <FileActions
        actions={actions}
        labels={ACTION_LABELS}
        secondary={SECONDARY}
        editTo={`/convenios/${c.id}/editar`}
        editVariant="default"
        onAct={file.open}
      />

      {file.dialog && <ConvenioEventDialog {...file.dialog} file={c} user={user} />}

      <FileColumns
        main={
          <>
            <Data c={c} />
            <Procedure c={c} />
            {c.signedAt && <Signature c={c} />}
            <Dues c={c} />
            {c.addenda.length > 0 && <Addenda c={c} />}
            <FileAttachments
              kind="convenios"
              id={c.id}
              queryKey={convenioAttachmentsKey(c.id)}
              historyKey={convenioHistoryKey(c.id)}
              kinds={['borrador_convenio', 'documento_contraparte', 'informe', 'otro']}
            />
          </>
        }
        side={
          <>
            <DeadlinesPanel
              deadlines={c.deadlines}
              // An expiry alert is not a duty that falls due: it is the day it is given.
              dueLabel={(d) => (d.code === EXPIRY_ALERT ? 'Se avisa el' : 'Vence el')}
            />
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

/** «Vigente hasta el 14/01/2028 (quedan 407 días)». */
function Expiry({ c }: { c: Convenio }) {
  const until = c.inForceUntil ?? '';
  const left = daysUntil(until);
  const running = c.state === 'in_force' || c.state === 'exit_notice';
  return (
    <Text size="sm" c={running && left <= 30 ? 'red.9' : undefined}>
      Vigente hasta el {formatDate(until)}
      {running &&
        (left > 0
          ? ` (${left === 1 ? 'queda 1 día' : `quedan ${left} días`})`
          : left === 0
            ? ' (hoy es su último día)'
            : ' (venció)')}
    </Text>
  );
}

function Data({ c }: { c: Convenio }) {
  const unitName = useUnitNames();
  const term = c.endDate
    ? `hasta el ${formatDate(c.endDate)}`
    : c.termMonths
      ? `${c.termMonths} ${c.termMonths === 1 ? 'mes' : 'meses'}`
      : '—';
  return (
    <FileSection title="Datos del convenio">
      <Stack gap={6}>
        <DataRow label="Contraparte">{c.counterpart.name}</DataRow>
        <DataRow label="RUC">{c.counterpart.ruc}</DataRow>
        <DataRow label="Tipo">{TYPE_LABELS[c.convenioType] ?? c.convenioType}</DataRow>
        <DataRow label="Objeto">{c.object}</DataRow>
        <DataRow label="Unidad solicitante">{unitName(c.requestingUnitId)}</DataRow>
        <DataRow label="Inicio">
          {c.startDate ? formatDate(c.startDate) : 'Desde su suscripción'}
        </DataRow>
        <DataRow label="Plazo de vigencia">{term}</DataRow>
        <DataRow label="Obligaciones financieras">
          {c.hasFinancialObligations
            ? `Sí: ${c.amountCents !== null ? formatSoles(c.amountCents) : 'monto por definir'}`
            : 'No'}
        </DataRow>
        <DataRow label="Preaviso de separación">{c.exitNoticeDays} días calendario</DataRow>
        <DataRow label="Coordinador (municipalidad)">
          {c.coordinators.municipality.name} — {c.coordinators.municipality.post} (
          {c.coordinators.municipality.email})
        </DataRow>
        <DataRow label="Coordinador (contraparte)">
          {c.coordinators.counterpart.name} — {c.coordinators.counterpart.post} (
          {c.coordinators.counterpart.email})
        </DataRow>
      </Stack>
      <Title order={3} size="h5">
        Obligaciones de las partes
      </Title>
      {c.obligations.length === 0 ? (
        <Text size="sm" c="gray.7">
          Ninguna.
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {c.obligations.map((o, i) => (
            <List.Item key={i}>
              {PARTY_LABELS[o.party]}: {o.description} —{' '}
              {o.kind === 'unica'
                ? `única, el ${o.dueOn ? formatDate(o.dueOn) : '—'}`
                : `periódica, cada ${o.everyMonths ?? '—'} meses`}
            </List.Item>
          ))}
        </List>
      )}
    </FileSection>
  );
}

function Procedure({ c }: { c: Convenio }) {
  const met = new Map((c.legalOpinion?.checklist ?? []).map((a) => [a.code, a.met]));
  const steps: ReactNode[] = [];
  if (c.budgetCertification)
    steps.push(
      <DataRow key="budget" label="Certificación presupuestal">
        {c.budgetCertification.certificateRef} ({formatDateTime(c.budgetCertification.at)})
      </DataRow>,
    );
  if (c.legalOpinion)
    steps.push(
      <Stack key="legal" gap={4}>
        <DataRow label="Informe legal">
          {c.legalOpinion.favorable ? 'Favorable' : 'Desfavorable'} — {c.legalOpinion.reportRef} (
          {formatDateTime(c.legalOpinion.at)})
          {c.legalOpinion.reasons && `: ${c.legalOpinion.reasons}`}
        </DataRow>
        <List size="sm" spacing={2} aria-label="Lista de verificación">
          {c.legalChecklist.map((item) => (
            <List.Item key={item.code}>
              {met.get(item.code) ? 'Cumple' : 'No cumple'}: {item.label}
            </List.Item>
          ))}
        </List>
      </Stack>,
    );
  if (c.conformity)
    steps.push(
      <DataRow key="conformity" label="Conformidad del Gerente">
        {c.conformity.memoRef} ({formatDateTime(c.conformity.at)})
      </DataRow>,
    );
  if (c.councilReferral)
    steps.push(
      <DataRow key="referral" label="Enviado al Concejo">
        {c.councilReferral.memoRef ?? 'Sin documento'} ({formatDateTime(c.councilReferral.at)})
      </DataRow>,
    );
  if (c.agreement)
    steps.push(
      <DataRow key="agreement" label={c.agreement.approved ? 'Aprobado por' : 'No aprobado por'}>
        {c.agreement.number}, registrado el {formatDateTime(c.agreement.at)}
        {c.agreement.approved &&
          (c.agreement.authorisesAddenda
            ? ' · autoriza también sus adendas'
            : ' · no autoriza adendas')}
        {c.agreement.reason && `: ${c.agreement.reason}`}
      </DataRow>,
    );
  for (const [i, r] of c.returns.entries())
    steps.push(
      <DataRow key={`return-${i}`} label={`Devolución ${i + 1}`}>
        {formatDateTime(r.at)}: {r.reason}
      </DataRow>,
    );
  if (c.withdrawal)
    steps.push(
      <DataRow key="withdrawal" label="Retirado">
        {formatDateTime(c.withdrawal.at)}
        {c.withdrawal.reason && `: ${c.withdrawal.reason}`}
      </DataRow>,
    );
  if (c.ending)
    steps.push(
      <DataRow key="ending" label="Término">
        {ENDING_LABELS[c.ending.cause] ?? c.ending.cause}
        {c.ending.party && ` (${PARTY_LABELS[c.ending.party]})`}
        {c.ending.instrument && ` — ${c.ending.instrument}`}
        {c.ending.effectiveOn && `; surte efecto el ${formatDate(c.ending.effectiveOn)}`}
      </DataRow>,
    );
  return (
    <FileSection title="Trámite">
      {steps.length === 0 ? (
        <Text size="sm" c="gray.7">
          Aún no se ha tramitado.
        </Text>
      ) : (
        <Stack gap={6}>{steps}</Stack>
      )}
    </FileSection>
  );
}

function Signature({ c }: { c: Convenio }) {
  return (
    <FileSection title="Suscripción y vigencia">
      <Stack gap={6}>
        <DataRow label="Número">{c.number ?? '—'}</DataRow>
        <DataRow label="Suscrito el">{c.signedAt ? formatDateTime(c.signedAt) : '—'}</DataRow>
        <DataRow label="Vigencia">
          {c.inForceFrom ? `del ${formatDate(c.inForceFrom)}` : ''}
          {c.inForceUntil ? ` al ${formatDate(c.inForceUntil)}` : ''}
        </DataRow>
        {c.inForceUntil && (
          <DataRow label="Vencimiento">
            <Expiry c={c} />
          </DataRow>
        )}
        {c.alerts.length > 0 && (
          <DataRow label="Avisos dados">
            {c.alerts.map((a) => `${a.days} días antes (${formatDate(a.on)})`).join(' · ')}
          </DataRow>
        )}
      </Stack>
    </FileSection>
  );
}

/** The calendar of the obligations: each due date, its state and its evidence. */
function Dues({ c }: { c: Convenio }) {
  return (
    <FileSection title="Calendario de obligaciones">
      {c.dues.length === 0 ? (
        <Text size="sm" c="gray.7">
          {c.signedAt
            ? 'Sin vencimientos.'
            : 'Los vencimientos se calculan al suscribirse el convenio.'}
        </Text>
      ) : (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Vence</Table.Th>
              <Table.Th scope="col">Obligación</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Estado
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.dues.map((d) => (
              <Table.Tr key={d.key}>
                <Table.Td>
                  {formatDate(d.dueOn)}
                  {/* On a phone the state goes under the date: the description keeps its width. */}
                  <Stack hiddenFrom="sm" gap={0}>
                    <DueState status={d.status} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {PARTY_LABELS[d.party]}: {c.obligations[d.index]?.description ?? '—'}
                  {d.evidence && (
                    <Text size="xs" c="gray.7">
                      {d.evidence}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <DueState status={d.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </FileSection>
  );
}

function DueState({ status }: { status: Convenio['dues'][number]['status'] }) {
  return (
    <Dot
      color={status === 'fulfilled' ? 'green' : status === 'overdue' ? 'red' : 'blue'}
      label={DUE_STATUS_LABELS[status] ?? status}
    />
  );
}

function Addenda({ c }: { c: Convenio }) {
  return (
    <FileSection title="Adendas">
      <List size="sm" spacing={4}>
        {c.addenda.map((a) => (
          <List.Item key={a.instanceId}>
            <Anchor component={Link} to={`/convenios/${a.instanceId}`}>
              {a.number ?? 'Adenda en trámite'}
            </Anchor>
            : {a.object}
            {a.newEndDate && ` (amplía la vigencia al ${formatDate(a.newEndDate)})`}
          </List.Item>
        ))}
      </List>
    </FileSection>
  );
}

/** A line about what the event carried, for the timeline (the audit keeps all of it). */
function detailOf(item: HistoryItem): string | null {
  const p = item.payload;
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);
  switch (item.type) {
    case 'CERTIFY_BUDGET':
      return text('certificateRef');
    case 'LEGAL_OPINION':
      return `${p.favorable === true ? 'Favorable' : 'Desfavorable'} — ${text('reportRef') ?? ''}`;
    case 'CONFORMITY':
    case 'SEND_TO_COUNCIL':
      return text('memoRef');
    case 'COUNCIL_APPROVED':
    case 'COUNCIL_REJECTED':
      return text('agreementNumber');
    case 'SIGN':
      return text('number');
    case 'RETURN':
    case 'WITHDRAW':
    case 'MUTUAL_TERMINATION':
    case 'TERMINATION_FOR_BREACH':
      return text('reason');
    case 'REPORT_OBLIGATION':
      return text('evidence');
    case 'ADDENDUM':
      return text('object');
    default:
      return null;
  }
}
