import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock } from '#core';
import { queryOne } from '#database';
import { JobHandlerRegistry, JobQueue, PeriodicTasks } from '#queue';

/** What the kernel tells Prometheus: throughput, timer punctuality, and backlogs that mean trouble. */
@Injectable()
export class WorkflowMetrics {
  readonly registry = new Registry();

  readonly transitions = new Counter({
    name: 'despacho_workflow_transitions_total',
    help: 'Transiciones aplicadas, por tipo de flujo y evento',
    labelNames: ['kind', 'event'] as const,
    registers: [this.registry],
  });

  readonly timerLateness = new Histogram({
    name: 'despacho_timer_lateness_seconds',
    help: 'Retraso entre la hora debida de un temporizador de plazo y su disparo',
    labelNames: ['kind'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 1, 5, 30, 300],
    registers: [this.registry],
  });

  constructor(
    dataSource: DataSource,
    queues: JobQueue,
    handlers: JobHandlerRegistry,
    periodic: PeriodicTasks,
    clock: Clock,
  ) {
    this.registry.registerMetric(handlers.failures);
    this.registry.registerMetric(periodic.runs);
    new Gauge({
      name: 'despacho_queue_jobs',
      help: 'Trabajos en cada cola, por estado (waiting, delayed, active, failed)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        for (const { queue, state, count } of await queues.depth())
          this.set({ queue, state }, count);
      },
    });
    new Gauge({
      name: 'despacho_outbox_unsent',
      help: 'Efectos confirmados aún no encolados (debe volver a 0 en segundos)',
      registers: [this.registry],
      async collect() {
        const row = await queryOne<{ n: number }>(
          dataSource.manager,
          `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`,
        );
        this.set(row?.n ?? 0);
      },
    });
    new Gauge({
      name: 'despacho_audit_unsealed',
      help: 'Eventos de auditoría confirmados que esperan su sellado en la cadena (debe volver a 0 en menos de un segundo)',
      registers: [this.registry],
      async collect() {
        const row = await queryOne<{ n: number }>(
          dataSource.manager,
          `SELECT count(*)::int AS n FROM audit_events WHERE seq IS NULL`,
        );
        this.set(row?.n ?? 0);
      },
    });
    new Gauge({
      name: 'despacho_timers_overdue',
      help: 'Temporizadores de plazos pendientes con más de un minuto de atraso (debe ser 0)',
      registers: [this.registry],
      async collect() {
        const row = await queryOne<{ n: number }>(
          dataSource.manager,
          `SELECT count(*)::int AS n FROM deadline_timers
           WHERE status = 'pending' AND fire_at < $1::timestamptz - interval '1 minute'`,
          // The deployment's time (a manual clock's, too), not the database server's.
          [clock.now()],
        );
        this.set(row?.n ?? 0);
      },
    });
  }
}
