import { type Refusal, refuse } from '#core';
import { addDays, type CivilDate, spanishDate } from '#calendar';
import type { CouncilItemTypeProfile, OrderOfBusinessSection } from '#org';
import { councilError, CouncilRefusal } from './council.errors.js';

/** LOM Art. 13: ordinary, extraordinary and solemn sessions. */
export type SessionKind = 'ordinaria' | 'extraordinaria' | 'solemne';

/** One matter the Concejo treats, of one of the profile's item types (`council.itemTypes[].code`). */
export interface AgendaItem {
  readonly id: string;
  readonly itemType: string;
  readonly title: string;
}

export interface CouncilSession {
  readonly kind: SessionKind;
  /** The day it is convened for, in the municipality's time zone. */
  readonly date: CivilDate;
  /** The day the convocation was notified to the members. */
  readonly convokedOn: CivilDate;
  /** The convened agenda (for an extraordinaria, all it may treat). */
  readonly agenda: readonly AgendaItem[];
  /** Who presides: the Alcalde, or who replaces him (the teniente alcalde); holds the casting vote. */
  readonly presidingMemberId: string;
}

/** The business-day arithmetic a convocation needs (`BusinessCalendar` of #calendar has it). */
export interface BusinessDayCalendar {
  /** Term of N días hábiles: day 1 is the first business day after `from`; returns the last day. */
  addBusinessDays(from: CivilDate, days: number): CivilDate;
  /** The date itself if a business day, else the next one (D3: a filing on a holiday counts from it). */
  onOrNextBusinessDay(date: CivilDate): CivilDate;
}

/** The RIC's notice rule, `council.extraordinaryNotice` of the profile. */
export interface NoticeRule {
  readonly businessDays: number;
  readonly basis: string;
}

/**
 * LOM Art. 13: an extraordinary session is convened «con una anticipación no menor de» N días
 * hábiles: N whole business days must run between the convocation and the session, so the earliest
 * session is the day after the N-th business day following the convocation (convened Monday 2
 * March 2026 with 5: Tuesday 3 to Monday 9 run, the session may be held from Tuesday 10).
 */
export const earliestExtraordinaryDate = (
  convokedOn: CivilDate,
  rule: NoticeRule,
  calendar: BusinessDayCalendar,
): CivilDate => addDays(calendar.addBusinessDays(convokedOn, rule.businessDays), 1);

/** Why a convocation cannot stand (an extraordinaria too close or without agenda), or null. */
export function convocationRefusal(
  session: Pick<CouncilSession, 'kind' | 'date' | 'convokedOn' | 'agenda'>,
  rule: NoticeRule,
  calendar: BusinessDayCalendar,
): Refusal | null {
  if (session.date < session.convokedOn)
    return refuse(
      CouncilRefusal.NOTICE_TOO_SHORT,
      `La sesión del ${spanishDate(session.date)} no puede ser anterior a su convocatoria (${spanishDate(session.convokedOn)}).`,
    );
  if (session.kind !== 'extraordinaria') return null;
  if (session.agenda.length === 0)
    return refuse(
      CouncilRefusal.AGENDA_REQUIRED,
      'La sesión extraordinaria se convoca con los asuntos que tratará: solo trata los prefijados en su agenda (LOM Art. 13).',
    );
  const earliest = earliestExtraordinaryDate(session.convokedOn, rule, calendar);
  return session.date < earliest
    ? refuse(
        CouncilRefusal.NOTICE_TOO_SHORT,
        `Convocada el ${spanishDate(session.convokedOn)}, la sesión extraordinaria puede celebrarse desde el ${spanishDate(earliest)}: ${rule.businessDays} días hábiles de anticipación. ${rule.basis}`,
      )
    : null;
}

/**
 * The order of business: the RIC's for an ordinaria (acta anterior, despacho, informes, pedidos,
 * orden del día); an extraordinaria treats only its agenda (LOM Art. 13); a solemne votes nothing.
 */
export function orderOfBusiness(
  kind: SessionKind,
  ordinary: readonly OrderOfBusinessSection[],
): OrderOfBusinessSection[] {
  if (kind === 'ordinaria') return [...ordinary];
  return kind === 'extraordinaria' ? ['orden_del_dia'] : [];
}

/** The profile's rule for an item type; an unknown type is refused. */
export function itemTypeRule(
  itemTypes: readonly CouncilItemTypeProfile[],
  code: string,
): CouncilItemTypeProfile {
  const rule = itemTypes.find((t) => t.code === code);
  if (!rule)
    throw councilError('UNKNOWN_ITEM_TYPE', `El tipo de asunto «${code}» no figura en el perfil.`, {
      errors: [
        {
          field: 'itemType',
          messages: [`debe ser uno de: ${itemTypes.map((t) => t.code).join(', ')}`],
        },
      ],
    });
  return rule;
}

/** Why an item may not be treated in the session (not on its agenda; a solemne votes nothing), or null. */
export function agendaItemRefusal(session: CouncilSession, itemId: string): Refusal | null {
  if (session.kind === 'solemne')
    return refuse(
      CouncilRefusal.NO_VOTES_IN_SOLEMN_SESSION,
      'La sesión solemne es protocolar: no trata asuntos ni vota (LOM Art. 13).',
    );
  if (session.agenda.some((item) => item.id === itemId)) return null;
  return refuse(
    CouncilRefusal.NOT_ON_AGENDA,
    session.kind === 'extraordinaria'
      ? 'La sesión extraordinaria solo trata los asuntos prefijados en su convocatoria (LOM Art. 13): este no figura en ella.'
      : 'El asunto no figura en la agenda de la sesión: pase primero a la orden del día.',
  );
}

/**
 * Adds an item to the agenda of an ordinary session (a pedido that passes to the orden del día);
 * the agenda of an extraordinaria is locked once convened (LOM Art. 13), a solemne has none.
 */
export function addAgendaItem(
  session: CouncilSession,
  item: AgendaItem,
  itemTypes: readonly CouncilItemTypeProfile[],
): CouncilSession {
  if (session.kind === 'extraordinaria')
    throw councilError(
      'AGENDA_LOCKED',
      'La agenda de la sesión extraordinaria quedó fijada en su convocatoria (LOM Art. 13): para otro asunto, convoque otra sesión.',
    );
  if (session.kind === 'solemne')
    throw councilError(
      'NO_VOTES_IN_SOLEMN_SESSION',
      'La sesión solemne es protocolar: no trata asuntos ni vota (LOM Art. 13).',
    );
  itemTypeRule(itemTypes, item.itemType);
  if (session.agenda.some((existing) => existing.id === item.id))
    throw new RangeError(`El asunto ${item.id} ya está en la agenda`);
  return { ...session, agenda: [...session.agenda, item] };
}

/** The RIC's ordinary sessions a month, `council.ordinarySessions` of the profile. */
export interface OrdinarySessionsRule {
  readonly minPerMonth: number;
  readonly maxPerMonth: number;
  readonly basis: string;
}

const sameMonth = (a: CivilDate, b: CivilDate) => a.slice(0, 7) === b.slice(0, 7);

/** Why another ordinary session may not be convened in the month of `date` (the RIC's maximum), or null. */
export function ordinarySessionLimitRefusal(
  ordinaryDates: readonly CivilDate[],
  date: CivilDate,
  rule: OrdinarySessionsRule,
): Refusal | null {
  const inMonth = ordinaryDates.filter((d) => sameMonth(d, date)).length;
  return inMonth >= rule.maxPerMonth
    ? refuse(
        CouncilRefusal.ORDINARY_SESSIONS_LIMIT,
        `Ya hay ${inMonth} sesiones ordinarias en ${date.slice(5, 7)}/${date.slice(0, 4)}, el máximo del mes. ${rule.basis}`,
      )
    : null;
}

/** How many ordinary sessions the month of `month` (AAAA-MM) still lacks to reach the minimum. */
export const ordinarySessionsMissing = (
  ordinaryDates: readonly CivilDate[],
  month: string,
  rule: OrdinarySessionsRule,
): number =>
  Math.max(0, rule.minPerMonth - ordinaryDates.filter((d) => d.slice(0, 7) === month).length);
