import { InjectQueue } from '@nestjs/bullmq';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Job, Queue } from 'bullmq';
import { Counter } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '#core';
import type { JobOutcome } from './job-handler.registry.js';
import { QueueName } from './queue-names.js';

export interface PeriodicOptions {
  /**
   * The task's BullMQ job scheduler id and the name of its jobs, persisted in the queue: renaming a
   * task leaves the old scheduler behind (its jobs are then skipped; remove it by hand).
   */
  readonly name: string;
  /** Milliseconds between runs, fixed or from the configuration; 0 or less = never. */
  readonly everyMs: number | ((config: AppConfig) => number);
}

/**
 * Marks a provider as a periodic task: the deployment runs its `runPeriodic()` once per interval,
 * on one of its workers, however many there are (a BullMQ job scheduler on the `periodic` queue).
 * Add the provider to a module of the worker's application (e.g. WorkerModule) and that is all:
 *
 *   @Periodic({ name: 'audit.seal', everyMs: (config) => config.auditSealMs })
 */
export const Periodic = DiscoveryService.createDecorator<PeriodicOptions>();

/**
 * What a @Periodic provider implements. At-least-once, like every job: a run may repeat after a
 * crash, and two runs of one task may overlap on two workers when a run outlasts the interval. So
 * a run must be idempotent and safe next to another (row locks, SKIP LOCKED, advisory locks).
 */
export interface PeriodicTask {
  runPeriodic(): Promise<unknown>;
}

/** A task name is a job scheduler id: no colons (BullMQ builds job ids `repeat:<id>:<ms>` from it). */
const TASK_NAME = /^[a-z][a-z0-9.-]*$/;
/** How often each worker checks that every scheduler still exists (Redis may lose its data). */
const CHECK_MS = 30_000;
/** A scheduler whose next run is this much overdue lost its job: it is created again. */
const OVERDUE_GRACE_MS = 60_000;

interface Entry {
  readonly name: string;
  readonly everyMs: number;
  readonly task: PeriodicTask;
  running: Promise<unknown> | undefined;
}

/**
 * The periodic tasks of this process. In a worker (see PeriodicProcessor) `schedule()` upserts
 * their job schedulers and `run()` runs each job. Stopping a worker removes nothing: the schedulers
 * belong to the deployment, and the next run's job exists before a run starts, so whichever worker
 * is alive takes it.
 */
@Injectable()
export class PeriodicTasks implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(PeriodicTasks.name);
  private readonly tasks = new Map<string, Entry>();
  private check: NodeJS.Timeout | undefined;
  private stopped = false;

  /** Runs per task and outcome, for /metrics (summed over the workers: one per interval). */
  readonly runs = new Counter({
    name: 'despacho_periodic_runs_total',
    help: 'Ejecuciones de tareas periódicas en este proceso, por tarea y resultado (done, skipped, failed)',
    labelNames: ['task', 'outcome'] as const,
    registers: [],
  });

  constructor(
    private readonly discovery: DiscoveryService,
    @InjectQueue(QueueName.Periodic) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const problems: string[] = [];
    for (const wrapper of this.discovery.getProviders({ metadataKey: Periodic.KEY })) {
      const options = this.discovery.getMetadataByDecorator(Periodic, wrapper);
      const task = wrapper.instance as Partial<PeriodicTask> | undefined;
      if (!options || !task) continue;
      const { name } = options;
      if (!TASK_NAME.test(name)) problems.push(`${name}: nombre inválido`);
      if (this.tasks.has(name)) problems.push(`${name}: más de una tarea con ese nombre`);
      if (typeof task.runPeriodic !== 'function') problems.push(`${name}: no tiene runPeriodic()`);
      const everyMs =
        typeof options.everyMs === 'function' ? options.everyMs(this.config) : options.everyMs;
      this.tasks.set(name, { name, everyMs, task: task as PeriodicTask, running: undefined });
    }
    if (problems.length > 0) throw new Error(`Tareas periódicas inválidas: ${problems.join('; ')}`);
  }

  beforeApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.check);
  }

  /** Every task with its interval (0 = never). */
  list(): { name: string; everyMs: number }[] {
    return [...this.tasks.values()].map(({ name, everyMs }) => ({ name, everyMs }));
  }

  /**
   * Worker boot: makes each task's scheduler match this process's configuration, then checks it
   * now and then. Safe from any number of workers at once: a scheduler that is in place is left
   * alone, and upserting one again keeps its next run (BullMQ replaces the pending job in place).
   */
  async startScheduling(): Promise<void> {
    await this.schedule();
    this.check = setInterval(() => {
      if (!this.stopped)
        void this.schedule().catch((error: unknown) =>
          this.logger.error({ err: error }, 'No se pudo revisar las tareas periódicas'),
        );
    }, CHECK_MS);
    this.check.unref();
  }

  /** Creates what is missing or changed, and removes the scheduler of a task set to never run. */
  async schedule(): Promise<void> {
    for (const entry of this.tasks.values()) {
      const current = await this.queue.getJobScheduler(entry.name);
      if (entry.everyMs <= 0) {
        if (current) {
          await this.queue.removeJobScheduler(entry.name);
          this.logger.log({ task: entry.name }, 'Tarea periódica desactivada');
        }
        continue;
      }
      const inPlace =
        current?.every === entry.everyMs &&
        current.next !== undefined &&
        current.next > Date.now() - entry.everyMs - OVERDUE_GRACE_MS;
      if (inPlace) continue;
      await this.queue.upsertJobScheduler(
        entry.name,
        { every: entry.everyMs },
        {
          name: entry.name,
          data: {},
          // A run is not retried: the next interval's run is the retry.
          opts: { attempts: 1, removeOnComplete: true, removeOnFail: { age: 24 * 3600 } },
        },
      );
      this.logger.log(
        { task: entry.name, everyMs: entry.everyMs, was: current?.every },
        'Tarea periódica programada',
      );
    }
  }

  /** One interval's run of the task the job names. */
  async run(job: Job): Promise<JobOutcome> {
    const entry = this.tasks.get(job.name);
    // A scheduler left by another version of Despacho: never an error worth retrying.
    if (!entry) {
      this.logger.warn({ task: job.name, jobId: job.id }, 'Tarea periódica desconocida; se omite');
      return 'skipped';
    }
    // The previous run in this process is not over: it does this interval's work too.
    if (entry.running || this.stopped) {
      this.runs.inc({ task: entry.name, outcome: 'skipped' });
      return 'skipped';
    }
    entry.running = entry.task.runPeriodic();
    try {
      await entry.running;
      this.runs.inc({ task: entry.name, outcome: 'done' });
      return 'done';
    } catch (error: unknown) {
      this.runs.inc({ task: entry.name, outcome: 'failed' });
      this.logger.error(
        { err: error, task: entry.name, jobId: job.id },
        'La tarea periódica falló; se reintenta en el siguiente intervalo',
      );
      throw error;
    } finally {
      entry.running = undefined;
    }
  }
}
