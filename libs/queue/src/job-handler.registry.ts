import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Counter } from 'prom-client';
import { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import { type JobData, type JobName, JOB_NAMES, QueueName } from './queue-names.js';

export type JobOutcome = 'done' | 'skipped';

/** A job handler: idempotent (delivery is at-least-once); throws only what deserves a retry. */
export interface JobHandler<Q extends QueueName, N extends JobName<Q>> {
  handle(data: JobData<Q, N>, job: Job): Promise<JobOutcome>;
}

interface HandlerTarget {
  readonly queue: QueueName;
  readonly name: string;
}

export const HandlesJob = DiscoveryService.createDecorator<HandlerTarget>();

type AnyHandler = { handle(data: unknown, job: Job): Promise<JobOutcome> };

/** Finds every @HandlesJob provider and checks at boot: exactly one handler per job of the map. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly logger = new Logger(JobHandlerRegistry.name);
  private readonly handlers = new Map<string, AnyHandler>();
  /** Jobs whose handler threw (each attempt), for /metrics. */
  readonly failures = new Counter({
    name: 'despacho_job_failures_total',
    help: 'Intentos de trabajos cuyo manejador falló (se reintentan)',
    labelNames: ['queue', 'job'] as const,
    registers: [],
  });

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const problems: string[] = [];
    for (const wrapper of this.discovery.getProviders({ metadataKey: HandlesJob.KEY })) {
      const target = this.discovery.getMetadataByDecorator(HandlesJob, wrapper);
      if (!target || !wrapper.instance) continue;
      const key = `${target.queue}:${target.name}`;
      if (this.handlers.has(key)) problems.push(`${key}: más de un manejador`);
      if (!(JOB_NAMES[target.queue] as readonly string[]).includes(target.name)) {
        problems.push(`${key}: el trabajo no está en el mapa de trabajos`);
      }
      this.handlers.set(key, wrapper.instance as AnyHandler);
    }
    if (problems.length > 0)
      throw new Error(`Manejadores de trabajos inválidos: ${problems.join('; ')}`);
  }

  /** Called by workers: the handler set must be complete where jobs are processed. */
  assertComplete(): void {
    const missing = Object.values(QueueName).flatMap((queue) =>
      JOB_NAMES[queue]
        .filter((name) => !this.handlers.has(`${queue}:${name}`))
        .map((n) => `${queue}:${n}`),
    );
    if (missing.length > 0) throw new Error(`Trabajos sin manejador: ${missing.join(', ')}`);
  }

  async dispatch(queue: QueueName, job: Job): Promise<JobOutcome> {
    const handler = this.handlers.get(`${queue}:${job.name}`);
    if (!handler) {
      // Unknown job names cannot succeed on retry: record and move on.
      this.logger.error({ queue, job: job.name, jobId: job.id }, 'Trabajo sin manejador');
      return 'skipped';
    }
    try {
      return await handler.handle(job.data, job);
    } catch (error: unknown) {
      // Thrown means "retry": say so where the worker's operators look.
      this.logger.error(
        { err: error, queue, job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 },
        'Trabajo fallido; se reintenta',
      );
      this.failures.inc({ queue, job: job.name });
      throw error;
    }
  }
}
