/** Every queue Despacho uses. A name is persisted with its jobs: never rename one without a migration. */
export enum QueueName {
  System = 'system',
  /** Deadline timers (reminders, expiries, escalations), armed as delayed jobs when they come near. */
  Timers = 'timers',
}

/** Job name → payload, per queue. Payloads carry ids only; handlers re-read the database. */
export interface JobMap {
  [QueueName.System]: {
    ping: { pingId: string };
    /** Deletes what has outlived its use (kernel and account bookkeeping); scheduled hourly. */
    housekeeping: Record<string, never>;
    /** Verifies every audit chain from its last checkpoint and signs a new one. */
    'audit.checkpoint': Record<string, never>;
  };
  [QueueName.Timers]: {
    'timer.fire': { at?: string };
  };
}

export type JobName<Q extends QueueName> = Extract<keyof JobMap[Q], string>;
export type JobData<Q extends QueueName, N extends JobName<Q>> = JobMap[Q][N];

/** The job names each queue must have a handler for (checked when the worker boots). */
export const JOB_NAMES: { readonly [Q in QueueName]: readonly JobName<Q>[] } = {
  [QueueName.System]: ['ping', 'housekeeping', 'audit.checkpoint'],
  [QueueName.Timers]: ['timer.fire'],
};

export const isQueueName = (value: string): value is QueueName =>
  (Object.values(QueueName) as string[]).includes(value);
