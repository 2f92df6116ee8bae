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

/** A later session approves the acta as its «acta anterior». */
export function approveActa(acta: Acta, approval: { sessionId: string; at: Date }): Acta {
  if (settled(acta))
    throw councilError('ACTA_ALREADY_SETTLED', 'El acta ya fue aprobada o se dispensó su lectura.');
  if (approval.sessionId === acta.sessionId)
    throw councilError(
      'ACTA_APPROVAL_IN_SAME_SESSION',
      'El acta se aprueba en la sesión siguiente, como acta anterior; en la misma sesión solo cabe dispensar su lectura y aprobación.',
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
