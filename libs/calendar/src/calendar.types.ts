import type { EntityManager } from 'typeorm';
import type { NonWorkingDay, NonWorkingKind } from './business-calendar.js';
import type { CivilDate } from './civil-date.js';
import type { Adoption } from './national-adoption.js';

/** `nacional`: applies to every municipality; `municipal`: only to the one asking. */
export type CalendarScope = 'nacional' | 'municipal';

/** A non-working day as a municipality sees it; `id` is null for computed ones (national feriados, profile days). */
export interface CalendarEntry extends NonWorkingDay {
  readonly id: string | null;
  readonly scope: CalendarScope;
  /**
   * Only on a national día no laborable (decreed by DS for the public sector): whether the
   * municipality adopts it and by which instrument. A day it does not adopt is listed, and is a
   * business day for it (D1). Feriados are law: they have no adoption.
   */
  readonly adoption?: Adoption;
}

export interface HolidayList {
  readonly year: number;
  /** The municipality's calendar version: goes up by one with every change that affects it. */
  readonly version: number;
  readonly items: CalendarEntry[];
}

export type DeadlineUnit = 'business' | 'calendar';
export const DEADLINE_UNITS: readonly DeadlineUnit[] = ['business', 'calendar'];

export interface DeadlineQuery {
  readonly from: CivilDate;
  readonly days: number;
  /** Default `business` (días hábiles, D1). */
  readonly unit?: DeadlineUnit;
}

export interface Deadline {
  readonly from: CivilDate;
  readonly days: number;
  readonly unit: DeadlineUnit;
  readonly due: CivilDate;
}

/** What a municipality may add: national feriados are law, computed, never entered by hand. */
export type MunicipalNonWorkingKind = Exclude<NonWorkingKind, 'feriado_nacional'>;
export const MUNICIPAL_NON_WORKING_KINDS: readonly MunicipalNonWorkingKind[] = [
  'dia_no_laborable',
  'feriado_regional',
];

export interface NewNonWorkingDay {
  readonly date: CivilDate;
  readonly name: string;
  /** The legal instrument (DS, ordinance, regional law). */
  readonly source: string;
  /** Default `dia_no_laborable`. */
  readonly kind?: MunicipalNonWorkingKind;
}

/** A stored row, as callers and listeners see it. */
export interface NonWorkingDayView extends CalendarEntry {
  readonly id: string;
  readonly version: number;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly removedAt: string | null;
  readonly removedBy: string | null;
  readonly removedVersion: number | null;
}

export interface CalendarChange {
  readonly municipalityId: string;
  readonly action: 'added' | 'removed';
  readonly day: NonWorkingDayView;
  /** The municipality's calendar version after this change. */
  readonly version: number;
  readonly actorUserId: string;
}

/** What the audit records of why a term moved. */
export const calendarChangeCause = (change: CalendarChange) => ({
  action: change.action,
  date: change.day.date,
  name: change.day.name,
  source: change.day.source,
  calendarVersion: change.version,
});

/**
 * Runs inside the transaction that changes the calendar, after the row and the version are
 * written: what it writes commits or rolls back with the change; throwing cancels the change.
 */
export type CalendarChangeListener = (
  manager: EntityManager,
  change: CalendarChange,
) => Promise<void> | void;
