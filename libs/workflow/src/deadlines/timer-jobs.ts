import { createHash } from 'node:crypto';
import { QueueName } from '#queue';

/**
 * One delayed job per instant: every timer due then fires in the same pass (terms end together, at
 * the end of a day). A timer already due when armed gets a job of its own: the job of its instant
 * may have run already.
 */
export const timerJobIdSql = (fireAt: string, timerId: string, now: string): string =>
  `CASE WHEN ${fireAt} > ${now}
        THEN md5('timers:' || (extract(epoch FROM ${fireAt}) * 1000)::bigint)::uuid
        ELSE ${timerId} END`;

/** The job of an instant, as `timerJobIdSql` names it. */
export function timerJobId(fireAt: Date): string {
  const hex = createHash('md5').update(`timers:${fireAt.getTime()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Arms, through the outbox, the timers of `source` (a CTE or table with id and fire_at) due before
 * `horizon`: one row per job in this statement. Rows of other transactions may name the same job
 * (BullMQ keeps one); they never share a row id, so arming transactions do not wait on each other.
 */
export const armTimersSql = (source: string, horizon: string, now: string): string =>
  `INSERT INTO outbox (job_id, queue, name, payload, available_at)
   SELECT DISTINCT ON (job_id) job_id, '${QueueName.Timers}', 'timer.fire', jsonb_build_object('at', fire_at), fire_at
   FROM (SELECT ${timerJobIdSql(`${source}.fire_at`, `${source}.id`, now)}::text AS job_id, ${source}.fire_at
         FROM ${source} WHERE ${source}.fire_at <= ${horizon}) AS due
   ORDER BY job_id, fire_at`;
