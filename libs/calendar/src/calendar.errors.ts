import { refusalCodes } from '#core';

/** Why a change to the calendar is refused (listed in docs/errores.md). */
export const CalendarRefusal = refusalCodes({
  DAY_ALREADY_NON_WORKING: [409, 'El día ya es inhábil'],
  NATIONAL_DAY_NOT_REMOVABLE: [403, 'Día no laborable nacional'],
});
