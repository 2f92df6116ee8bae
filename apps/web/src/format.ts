/** Dates as people in Peru write them: dd/mm/aaaa hh:mm (24 h), in the browser's time zone. */
const dateTime = new Intl.DateTimeFormat('es-PE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

const civilDate = new Intl.DateTimeFormat('es-PE', {
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A civil date (AAAA-MM-DD, no time zone) as «jueves, 01/01/2026». */
export const formatCivilDate = (date: string): string =>
  civilDate.format(new Date(`${date}T00:00:00Z`));

const LIMA = 'America/Lima';
const limaDate = new Intl.DateTimeFormat('es-PE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: LIMA,
});
const limaTime = new Intl.DateTimeFormat('es-PE', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: LIMA,
});

/**
 * An instant as «dd/mm/aaaa a las hh:mm» in Lima, whatever the reader's device says: the public
 * verification, which anyone may open from anywhere.
 */
export const formatLimaDateTime = (iso: string): string =>
  `${limaDate.format(new Date(iso))} a las ${limaTime.format(new Date(iso))}`;

const shortCivilDate = new Intl.DateTimeFormat('es-PE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A civil date (AAAA-MM-DD) as «01/01/2026». */
export const formatDate = (date: string): string =>
  shortCivilDate.format(new Date(`${date}T00:00:00Z`));

const dateOnly = new Intl.DateTimeFormat('es-PE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** The day an instant falls on, in the browser's time zone, as «01/01/2026». */
export const formatDay = (iso: string): string => dateOnly.format(new Date(iso));

/** «1 documento», «2 documentos»: a count with its noun in the number it takes. */
export const countOf = (n: number, one: string, many: string): string =>
  `${n} ${n === 1 ? one : many}`;

/** Céntimos of a sol as people in Peru write money: «S/ 1 234 567,89» (spaces that do not break). */
export function formatSoles(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const soles = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const centimos = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}S/\u00a0${soles},${centimos}`;
}

/** Money as people type it («48 000,50», «S/ 1.234,50», «1234.50») as the API's decimal text «48000.50». */
export function solesText(typed: string): string {
  const compact = typed.replace(/[\s\u00a0]/g, '').replace(/^S\//i, '');
  // A comma is the decimal mark here; dots before it only group thousands.
  return compact.includes(',') ? compact.replace(/\./g, '').replace(',', '.') : compact;
}
