import type { DataSource, EntityManager } from 'typeorm';
import { transactionOpenedBy } from '#database';

/** Advisory-lock class of the municipal calendars (the other key comes from the municipality id). */
const CALENDAR_LOCK = 27_444;

type LockMode = 'shared' | 'exclusive';

/** The municipality's id folded to 32 bits: computed here, so the statement carries no parameter. */
function municipalityKey(municipalityId: string): number {
  const hex = municipalityId.replaceAll('-', '');
  if (!/^[0-9a-f]{32}$/i.test(hex))
    throw new TypeError(`Id de municipalidad inválido: ${municipalityId}`);
  let key = 0;
  for (let i = 0; i < 32; i += 8) key ^= Number.parseInt(hex.slice(i, i + 8), 16);
  return key | 0;
}

/** The statement that takes the municipality's calendar lock (the benchmark's baseline sends it too). */
export const calendarLockStatement = (municipalityId: string, mode: LockMode): string =>
  `SELECT ${mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock'}(${CALENDAR_LOCK}, ${municipalityKey(municipalityId)})`;

/**
 * Serialises calendar changes against everything that counts terms with that calendar. A
 * transition takes it shared, first in its transaction, so the calendar it counts with cannot
 * change before it commits; a calendar change takes it exclusive and then re-counts what is pending.
 */
export function inCalendarTransaction<T>(
  dataSource: DataSource,
  municipalityId: string,
  mode: LockMode,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return transactionOpenedBy(dataSource, calendarLockStatement(municipalityId, mode), work);
}
