import type { CivilDate } from '#calendar';
import type { ActaDocumentInput, ActaItem, ActaLine, ActaRow } from '#documents';
import { spanishLongDate } from '#documents';
import type { CouncilItemTypeProfile, OrderOfBusinessSection } from '#org';
import type { AbsenceKind, CouncilRole } from './members.js';
import type { VoteChoice } from './majority.js';
import { quorumRequired } from './quorum.js';
import type { SessionKind } from './sessions.js';
import type { AgendaItemView, SessionView } from './persistence/council.types.js';

/** A member of the Concejo on the session's date, and the leave or suspension that covers it. */
export interface ActaMember {
  readonly id: string;
  readonly name: string;
  readonly role: CouncilRole;
  readonly absence: { readonly kind: AbsenceKind; readonly instrument: string } | null;
}

/** What the acta is built from: the stored session and what the profile says of it. */
export interface ActaSource {
  readonly municipality: {
    readonly name: string;
    readonly place: string;
    readonly timeZone: string;
  };
  readonly session: SessionView;
  /** The Concejo on the session's date (mandate covering it), Alcalde first. */
  readonly members: readonly ActaMember[];
  readonly numeroLegal: number;
  readonly itemTypes: readonly CouncilItemTypeProfile[];
  /** The later session that approved the acta, if it did. */
  readonly approvingSession: { readonly kind: SessionKind; readonly date: CivilDate } | null;
}

const KIND: Record<SessionKind, string> = {
  ordinaria: 'ordinaria',
  extraordinaria: 'extraordinaria',
  solemne: 'solemne',
};

const ROLE: Record<CouncilRole, string> = { alcalde: 'Alcalde', regidor: 'Regidor' };

const VOTE: Record<VoteChoice, string> = {
  a_favor: 'A favor',
  en_contra: 'En contra',
  abstencion: 'Abstención',
};

const SECTION: Record<OrderOfBusinessSection, string> = {
  acta_anterior: 'lectura y aprobación del acta anterior',
  despacho: 'despacho',
  informes: 'informes',
  pedidos: 'pedidos',
  orden_del_dia: 'orden del día',
};

const BASE: Record<string, string> = {
  present: 'miembros hábiles presentes al votar',
  habiles: 'número hábil',
  legal: 'número legal',
};

/** '14:05' in the municipality's time zone. */
const timeOf = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('es-PE', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

/** '2026-03-10' → '10/03/2026'. */
const shortDate = (date: CivilDate) => date.split('-').reverse().join('/');

const list = (words: readonly string[]) =>
  words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} y ${words[words.length - 1]}`;

/**
 * The acta of a session as the document lays it out (docs/concejo.md): convocation, attendance
 * with the quorum (LOM Art. 16), each item in the order of business with its tally, the majority
 * it needed and each member's vote (Art. 17), its Acuerdo, and the acta's status. Every line comes
 * from the stored session: nothing is supplied that was not recorded.
 */
export function actaDocument(source: ActaSource): ActaDocumentInput {
  const { session, municipality } = source;
  const kind = KIND[session.kind];
  const names = new Map(source.members.map((m) => [m.id, m.name]));
  const draft = session.actaStatus === 'pendiente';
  return {
    entityName: municipality.name,
    title: `ACTA DE LA SESIÓN ${kind.toLocaleUpperCase('es-PE')} DEL CONCEJO MUNICIPAL`,
    placeAndDate: `${municipality.place}, ${spanishLongDate(session.date)}`,
    draft,
    convocation: convocation(source),
    orderOfBusiness:
      session.orderOfBusiness.length === 0
        ? 'Orden de la sesión: protocolar, sin asuntos que votar (LOM Art. 13).'
        : `Orden de la sesión: ${list(session.orderOfBusiness.map((s) => SECTION[s as OrderOfBusinessSection] ?? s))}.`,
    attendance: attendanceRows(source),
    quorum: quorumLines(source),
    items: [...session.agenda]
      .sort((a, b) => a.position - b.position)
      .map((item, i) => actaItem(source, item, i + 1, names)),
    status: actaStatus(source),
    footer: `Acta de la sesión ${kind} del ${shortDate(session.date)}`,
    issuedAt: lastRecorded(session),
  };
}

function convocation(source: ActaSource): string[] {
  const { session } = source;
  const lines = [
    `Sesión ${KIND[session.kind]} del Concejo Municipal convocada el ${spanishLongDate(session.convokedOn)} para el ${spanishLongDate(session.date)}, en ${source.municipality.place}. Preside: ${session.presidingMemberName}.`,
  ];
  if (session.agendaLocked)
    lines.push(
      'Sesión extraordinaria: solo trata los asuntos prefijados en su convocatoria (LOM Art. 13).',
    );
  if (session.status === 'levantada') lines.push('La sesión fue levantada.');
  return lines;
}

/** Each member on the session's date: present (arrivals and departures), absent, on leave. */
function attendanceRows(source: ActaSource): ActaRow[] {
  const { session, municipality } = source;
  return source.members.map((member) => {
    const events = session.attendance.filter((e) => e.memberId === member.id);
    const times = events
      .map((e, i) => {
        const at = timeOf(e.at, municipality.timeZone);
        if (e.kind === 'retiro') return `se retiró a las ${at}`;
        return i === 0 ? `llegó a las ${at}` : `volvió a las ${at}`;
      })
      .join('; ');
    let status: string;
    if (member.absence) {
      const away = member.absence.kind === 'licencia' ? 'Con licencia' : 'Suspendido';
      const instrument = member.absence.instrument ? ` (${member.absence.instrument})` : '';
      status = `${away}${instrument}: no hábil, no cuenta para el quórum`;
      if (times) status += `; ${times}`;
    } else if (events.length === 0) status = 'Ausente';
    else status = `Presente: ${times}`;
    return [member.name, ROLE[member.role], status];
  });
}

/** LOM Art. 16: número legal, número hábil, the quorum it requires, and who of them attended. */
function quorumLines(source: ActaSource): ActaLine[] {
  const { session, municipality } = source;
  const habiles = source.members.filter((m) => m.absence === null);
  const habilIds = new Set(habiles.map((m) => m.id));
  const required = quorumRequired(habiles.length);
  const attended = new Set(
    session.attendance.filter((e) => habilIds.has(e.memberId)).map((e) => e.memberId),
  );
  const reached = quorumReachedAt(session, habilIds, required);
  return [
    { label: 'Número legal', value: String(source.numeroLegal) },
    { label: 'Número hábil', value: String(habiles.length) },
    {
      label: 'Quórum requerido',
      value: `${required} (la mitad más uno del número hábil, LOM Art. 16)`,
    },
    { label: 'Miembros hábiles presentes', value: String(attended.size) },
    {
      label: 'Quórum',
      value: reached
        ? `alcanzado a las ${timeOf(reached, municipality.timeZone)}`
        : 'no se alcanzó',
    },
  ];
}

/** The first instant at which the hábil members in the room reached the quorum. */
function quorumReachedAt(
  session: SessionView,
  habiles: ReadonlySet<string>,
  required: number,
): string | null {
  const inRoom = new Set<string>();
  for (const event of session.attendance) {
    if (event.kind === 'llegada') inRoom.add(event.memberId);
    else inRoom.delete(event.memberId);
    if ([...inRoom].filter((id) => habiles.has(id)).length >= required) return event.at;
  }
  return null;
}

function actaItem(
  source: ActaSource,
  item: AgendaItemView,
  n: number,
  names: ReadonlyMap<string, string>,
): ActaItem {
  const type = source.itemTypes.find((t) => t.code === item.itemType);
  const lines: ActaLine[] = [{ label: 'Tipo de asunto', value: type?.name ?? item.itemType }];
  const decision = item.decision;
  if (item.voteStatus === 'pendiente') lines.push({ label: 'Resultado', value: 'no se votó' });
  else if (!decision)
    lines.push({
      label: 'Resultado',
      value: 'votación abierta, sin resultado registrado',
    });
  else {
    lines.push(
      {
        label: 'Resultado',
        value: decision.outcome === 'approved' ? 'APROBADO' : 'RECHAZADO',
      },
      {
        label: 'Votación',
        value: `${decision.aFavor} a favor, ${decision.enContra} en contra, ${decision.abstenciones} ${decision.abstenciones === 1 ? 'abstención' : 'abstenciones'}`,
      },
      { label: 'Mayoría requerida', value: majorityText(type, decision) },
    );
    if (decision.castingVote)
      lines.push({
        label: 'Voto dirimente (LOM Art. 17)',
        value: `${names.get(decision.castingVote.memberId) ?? source.session.presidingMemberName}, ${VOTE[decision.castingVote.choice].toLocaleLowerCase('es-PE')}`,
      });
  }
  if (item.acuerdo) lines.push({ label: 'Acuerdo', value: item.acuerdo.number });
  return {
    heading: `${n}. ${item.title}`,
    lines,
    // In the order of the attendance list (Alcalde first), not of the instants they were recorded.
    ballots: [...item.ballots]
      .sort((a, b) => rank(source, a.memberId) - rank(source, b.memberId))
      .map((b) => [b.memberName, VOTE[b.choice], b.reason ?? '']),
  };
}

const rank = (source: ActaSource, memberId: string) => {
  const i = source.members.findIndex((m) => m.id === memberId);
  return i < 0 ? source.members.length : i;
};

/** The majority the item needed, on the numbers stored with its decision. */
function majorityText(
  type: CouncilItemTypeProfile | undefined,
  decision: NonNullable<AgendaItemView['decision']>,
): string {
  if (decision.required === null || decision.baseSize === null)
    return 'simple: más votos a favor que en contra entre los que votan (LOM Art. 17)';
  const kind =
    type?.majority === 'qualified'
      ? `calificada${type.fraction ? ` (${type.fraction})` : ''}`
      : 'absoluta';
  const base = type?.base ? BASE[type.base] : 'base';
  const regidores = type?.regidoresOnly ? ', solo regidores' : '';
  return `${kind}: ${decision.required} votos a favor sobre ${decision.baseSize} (${base}${regidores})`;
}

function actaStatus(source: ActaSource): string {
  const { session, municipality } = source;
  const at = session.actaSettledAt;
  if (session.actaStatus === 'dispensada' && at)
    return `Dispensada: el Concejo dispensó su lectura y aprobación en la misma sesión, a las ${timeOf(at, municipality.timeZone)}; los Acuerdos rigen desde entonces.`;
  if (session.actaStatus === 'aprobada' && source.approvingSession)
    return `Aprobada en la sesión ${KIND[source.approvingSession.kind]} del ${spanishLongDate(source.approvingSession.date)}, como acta anterior; los Acuerdos rigen desde entonces.`;
  return 'Pendiente de aprobación: este documento es un BORRADOR; el acta se aprueba en una sesión posterior o el Concejo dispensa su lectura. Los Acuerdos rigen desde entonces.';
}

/** The last instant the session stored: the document's date, so the same data gives the same bytes. */
function lastRecorded(session: SessionView): Date {
  const instants = [
    ...session.attendance.map((e) => e.at),
    ...session.agenda.flatMap((i) => [...i.ballots.map((b) => b.at), i.decision?.decidedAt ?? '']),
    session.actaSettledAt ?? '',
  ].filter((at) => at !== '');
  return new Date(
    instants.reduce((a, b) => (a > b ? a : b), instants[0] ?? `${session.date}T00:00:00Z`),
  );
}
