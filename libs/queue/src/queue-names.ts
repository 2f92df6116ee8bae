/** Every queue Despacho uses. A name is persisted with its jobs: never rename one without a migration. */
export enum QueueName {
  System = 'system',
  /** Deadline timers (reminders, expiries, escalations), armed as delayed jobs when they come near. */
  Timers = 'timers',
  /**
   * Periodic tasks (@Periodic): one BullMQ job scheduler per task, so a deployment runs each once
   * per interval, whatever its number of workers. Its jobs are named after the task.
   */
  Periodic = 'periodic',
}

/** Job name → payload, per queue. Payloads carry ids only; handlers re-read the database. */
export interface JobMap {
  [QueueName.System]: {
    ping: { pingId: string };
    /** An event the system sends to an instance (libs/workflow `systemEvent`): applied once, if the machine accepts it. */
    'workflow.event': { instanceId: string; event: { type: string; [field: string]: unknown } };
  };
  [QueueName.Timers]: {
    'timer.fire': { at?: string };
  };
  /** Only job schedulers add jobs here, one name per task (see periodic.ts): none is added by hand. */
  [QueueName.Periodic]: Record<never, never>;
}

export type JobName<Q extends QueueName> = Extract<keyof JobMap[Q], string>;
export type JobData<Q extends QueueName, N extends JobName<Q>> = JobMap[Q][N];

/** The job names each queue must have a handler for (checked when the worker boots). */
export const JOB_NAMES: { readonly [Q in QueueName]: readonly JobName<Q>[] } = {
  [QueueName.System]: ['ping', 'workflow.event'],
  [QueueName.Timers]: ['timer.fire'],
  [QueueName.Periodic]: [],
};

export const isQueueName = (value: string): value is QueueName =>
  (Object.values(QueueName) as string[]).includes(value);
