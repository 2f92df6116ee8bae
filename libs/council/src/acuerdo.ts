import { type CivilDate, spanishDate } from '#calendar';
import { formatRegisterNumber } from '#workflow';
import { councilError } from './council.errors.js';

/**
 * The number of an Acuerdo de Concejo from the profile's template (`numbering.<council.acuerdoSeries>`),
 * e.g. «ACUERDO DE CONCEJO N° 045-2026-MML»; without a sequence (a draft) the number is left blank.
 * The register (gapless per municipality, series and year, D12) assigns the sequence.
 */
export const formatAcuerdoNumber = (template: string, sequence: number | null, year: number) =>
  formatRegisterNumber(template, sequence, year);

/**
 * The acta of a session. Its Acuerdos take effect once it is approved, in a later session (its
 * «acta anterior»), or once the Concejo dispenses its reading and approval in the same session.
 */
export interface Acta {
  readonly sessionId: string;
  /** When the Concejo dispensed the reading and approval of the acta, in the same session. */
  readonly readingDispensedAt?: Date;
  /** When a later session approved it. */
  readonly approval?: { readonly sessionId: string; readonly at: Date };
}

const settled = (acta: Acta) =>
  acta.readingDispensedAt !== undefined || acta.approval !== undefined;

/** The Concejo dispenses the reading and approval of the acta of the session under way. */
export function dispenseActaReading(acta: Acta, at: Date): Acta {
  if (settled(acta))
    throw councilError('ACTA_ALREADY_SETTLED', 'El acta ya fue aprobada o se dispensó su lectura.');
  return { ...acta, readingDispensedAt: at };
}

/** What is stored of when a session was held: its day, its first arrival, whether it was adjourned. */
export interface HeldSession {
  readonly date: CivilDate;
  /** The first arrival, which put it in progress; null while only convened. */
  readonly startedAt: Date | null;
  /** Levantada: nothing more happens in it. */
  readonly adjourned: boolean;
}

/**
 * Whether `approving` is held after `acta`'s session, so that it can approve that acta as its
 * «acta anterior» (LOM Art. 41 and the RIC: the acta is approved in a later session). A later day
 * is later. On the same day the Concejo holds one session at a time, so the earlier one is over
 * (levantada) and began no later than the approving one; the convocation order does not decide,
 * since an extraordinaria convened afterwards may be held first.
 */
export function isLaterSession(acta: HeldSession, approving: HeldSession): boolean {
  if (approving.date !== acta.date) return approving.date > acta.date;
  return (
    acta.adjourned &&
    acta.startedAt !== null &&
    approving.startedAt !== null &&
    acta.startedAt.getTime() <= approving.startedAt.getTime()
  );
}

/** A later session (`isLaterSession`) approves the acta as its «acta anterior». */
export function approveActa(
  acta: Acta,
  approval: { sessionId: string; at: Date },
  held: { acta: HeldSession; approving: HeldSession },
): Acta {
  if (settled(acta))
    throw councilError('ACTA_ALREADY_SETTLED', 'El acta ya fue aprobada o se dispensó su lectura.');
  if (approval.sessionId === acta.sessionId)
    throw councilError(
      'ACTA_APPROVAL_IN_SAME_SESSION',
      'El acta se aprueba en la sesión siguiente, como acta anterior; en la misma sesión solo cabe dispensar su lectura y aprobación.',
    );
  if (!isLaterSession(held.acta, held.approving))
    throw councilError(
      'ACTA_APPROVAL_NOT_LATER',
      held.approving.date === held.acta.date
        ? `El acta se aprueba en una sesión posterior: la sesión del acta (${spanishDate(held.acta.date)}) debe haberse levantado antes y haber empezado antes que la que la aprueba.`
        : `El acta de la sesión del ${spanishDate(held.acta.date)} no puede aprobarla una sesión anterior, la del ${spanishDate(held.approving.date)}: la aprueba una sesión posterior, como acta anterior.`,
    );
  return { ...acta, approval: { sessionId: approval.sessionId, at: approval.at } };
}

/** From when the Acuerdos adopted in the acta's session are in force; null while the acta is pending. */
export const acuerdosInForceFrom = (acta: Acta): Date | null =>
  acta.readingDispensedAt ?? acta.approval?.at ?? null;

export function isAcuerdoInForce(acta: Acta, at: Date): boolean {
  const from = acuerdosInForceFrom(acta);
  return from !== null && from.getTime() <= at.getTime();
}
