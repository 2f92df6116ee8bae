import type { EntityManager } from 'typeorm';
import { execute } from '#database';

/** Advisory-lock class of the municipal calendars (the other key is a hash of the municipality id). */
const CALENDAR_LOCK = 27_444;

/**
 * Serialises calendar changes against everything that counts terms with that calendar. A
 * transition takes it shared, first in its transaction, so the calendar it counts with cannot
 * change before it commits; a calendar change takes it exclusive and then re-counts what is pending.
 */
export async function lockCalendar(
  manager: EntityManager,
  municipalityId: string,
  mode: 'shared' | 'exclusive',
): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await execute(manager, `SELECT ${fn}($1, hashtext($2))`, [CALENDAR_LOCK, municipalityId]);
}
