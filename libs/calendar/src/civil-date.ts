/** A civil date (YYYY-MM-DD) in the municipality's time zone. Arithmetic in UTC, so no DST or offset surprises. */
export type CivilDate = string;

const FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseCivilDate(value: string): Date {
  const match = FORMAT.exec(value);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : null;
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new RangeError(`Fecha inválida: ${value}`);
  return date;
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string') return false;
  try {
    parseCivilDate(value);
    return true;
  } catch {
    return false;
  }
}

export const formatCivilDate = (date: Date): CivilDate => date.toISOString().slice(0, 10);

/** As people write it in Peru: 10/12/2026. */
export const spanishDate = (date: CivilDate): string => date.split('-').reverse().join('/');

export const addDays = (date: CivilDate, days: number): CivilDate => {
  const d = parseCivilDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return formatCivilDate(d);
};

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: CivilDate): number => parseCivilDate(date).getUTCDay();
