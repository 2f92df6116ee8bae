import { addDays, type CivilDate } from '#calendar';
import type { ConvenioObligation } from './convenio-content.js';

/*
 * The convenio's rules that need no database: money, dates, alerts and the obligations' schedule.
 * Pure functions, so the machine, the creator and the screens compute the same thing.
 */

// Money moved to #core (shared with other kinds); re-exported for the convenios' callers.
export { formatSoles, parseSoles, solesProblem } from '#core';

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Código Civil Art. 183.2: a term in months ends in the month it expires, on the day of the same
 * number as the first; when that month lacks the day, on its last day (31/01 + 1 month → 28/02).
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day in force: the date stated, or the term in months from the start (Código Civil Art. 183). */
export function convenioEndDate(
  start: CivilDate,
  term: { endDate: CivilDate | null; termMonths: number | null },
): CivilDate {
  if (term.endDate !== null) return term.endDate;
  return addMonths(start, term.termMonths ?? 0);
}

/** Why an end date or term cannot be; null when it can. Field names as the client sends them. */
export function termProblems(term: {
  startDate: CivilDate | null;
  endDate: CivilDate | null;
  termMonths: number | null;
}): { field: string; messages: string[] }[] {
  if (term.endDate !== null && term.termMonths !== null)
    return [
      {
        field: 'termMonths',
        messages: ['indique la fecha de término o el plazo en meses, no ambos'],
      },
    ];
  if (term.endDate === null && term.termMonths === null)
    return [
      {
        field: 'endDate',
        messages: ['indique la fecha de término (endDate) o el plazo en meses (termMonths)'],
      },
    ];
  if (term.endDate !== null && term.startDate !== null && term.endDate <= term.startDate)
    return [
      { field: 'endDate', messages: ['debe ser posterior a la fecha de inicio (startDate)'] },
    ];
  return [];
}

export interface ExpiryAlert {
  /** Calendar days before the end it stands for (90, 60, 30…). */
  readonly days: number;
  /** The day it is given. */
  readonly on: CivilDate;
}

/**
 * The alerts before a convenio ends (D17: e.g. 90, 60 and 30 calendar days before its last day),
 * farthest first. With `isBusinessDay`, one that falls on a day off comes the office day before
 * (as the kernel's calendar reminders do); alerts on or before `after` (a short convenio signed
 * late) are not given.
 */
export function expiryAlerts(
  endDate: CivilDate,
  days: readonly number[],
  options: { after?: CivilDate; isBusinessDay?: (day: CivilDate) => boolean } = {},
): ExpiryAlert[] {
  return [...new Set(days)]
    .sort((a, b) => b - a)
    .map((before) => {
      let on = addDays(endDate, -before);
      if (options.isBusinessDay) while (!options.isBusinessDay(on)) on = addDays(on, -1);
      return { days: before, on };
    })
    .filter((alert) => options.after === undefined || alert.on > options.after);
}

/** The last alert (30 days by default, the smallest configured) also goes to the Alcalde when no renewal is under way. */
export const RENEWAL_ALERT_DAYS = 30;

/**
 * Who an expiry alert goes to (issue 15): the Gerente Municipal and the requesting unit always; the
 * Alcalde too at 30 days or fewer, when no renewal (an adenda that extends the term) is under way.
 */
export function expiryAlertRecipients(
  days: number,
  renewalUnderWay: boolean,
): ('unidad_solicitante' | 'GERENTE_MUNICIPAL' | 'ALCALDE')[] {
  return [
    'unidad_solicitante',
    'GERENTE_MUNICIPAL',
    ...(days <= RENEWAL_ALERT_DAYS && !renewalUnderWay ? (['ALCALDE'] as const) : []),
  ];
}

export interface ScheduledDue {
  /** Which due date of the obligation: 1, 2, 3… (the kernel obligation's key adds the obligation's position). */
  readonly n: number;
  readonly dueOn: CivilDate;
}

/**
 * The due dates of one obligation while the convenio is in force (from `start` to `end`, both
 * included): a one-off one on its date (if it falls in force, else on the last day); a periodic
 * report every N months from the start (Código Civil Art. 183), the last one no later than the end.
 */
export function obligationSchedule(
  obligation: Pick<ConvenioObligation, 'kind' | 'dueOn' | 'everyMonths'>,
  start: CivilDate,
  end: CivilDate,
): ScheduledDue[] {
  if (obligation.kind === 'unica') {
    const dueOn = obligation.dueOn ?? end;
    return [{ n: 1, dueOn: dueOn > end ? end : dueOn < start ? start : dueOn }];
  }
  const every = obligation.everyMonths ?? 0;
  if (every < 1) return [];
  const dues: ScheduledDue[] = [];
  // Counted from the start each time: 31/01 + 1 → 28/02, + 2 → 31/03 (never drifting to the 28th).
  for (let n = 1; ; n++) {
    const dueOn = addMonths(start, every * n);
    if (dueOn > end) break;
    dues.push({ n, dueOn });
  }
  return dues;
}
