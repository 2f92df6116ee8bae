import { Inject, Injectable, Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, Clock, DomainError, ErrorCode } from '#core';
import { execute, queryOne, SharedManualClock } from '#database';
import { QueueName } from '#queue';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { TimersService } from './timers.service.js';

const POLL_MS = 50;

export interface ClockMoved {
  readonly now: Date;
  /** Timers fired at the new time by this move. */
  readonly firedTimers: number;
}

/**
 * Moves the deployment's manual clock (CLOCK=manual) and answers once every timer due by the new
 * time has fired. With the worker in this process (role `all`) it fires them here; an API-only
 * process must not, so the move enqueues the job of its instant, in its own transaction, and waits
 * until a worker has fired everything due.
 */
@Injectable()
export class ManualTimeService {
  private readonly logger = new Logger(ManualTimeService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly relay: OutboxRelay,
    private readonly timers: TimersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async move(to: Date): Promise<ClockMoved> {
    const clock = this.clock;
    if (!(clock instanceof SharedManualClock))
      throw new DomainError(
        ErrorCode.CLOCK_NOT_MANUAL,
        'El reloj del sistema no se puede mover: inicie Despacho con CLOCK=manual (demostraciones y pruebas).',
      );
    const inProcess = this.config.role === 'all';
    const { version, firedBefore } = await this.dataSource.transaction(async (manager) => {
      const moved = await clock.move(manager, to);
      // Under the clock's row lock: no other move counts or fires at this time meanwhile.
      const before = await this.firedAt(manager, to);
      if (!inProcess)
        await execute(
          manager,
          `INSERT INTO outbox (job_id, queue, name, payload, available_at)
           VALUES ($1, $2, 'timer.fire', jsonb_build_object('at', $3::timestamptz), $3)`,
          [moved.moveId, QueueName.Timers, to],
        );
      return { version: moved.version, firedBefore: before };
    });
    clock.apply({ version, now: to });
    this.logger.log({ now: to.toISOString(), version }, 'Reloj manual movido');
    // What transitions left in the outbox first, so their timers exist before they are run.
    await this.relay.drain();
    if (inProcess) {
      const fired = await this.timers.fireDueNow();
      await this.relay.drain();
      return { now: to, firedTimers: fired };
    }
    await this.waitForWorker(to);
    return {
      now: to,
      firedTimers: (await this.firedAt(this.dataSource.manager, to)) - firedBefore,
    };
  }

  /** Until no pending timer is due by `to`: a worker fired them (the move's job or its sweeper). */
  private async waitForWorker(to: Date): Promise<void> {
    const deadline = Date.now() + this.config.clockMoveTimeoutMs;
    for (;;) {
      const due = await queryOne<{ id: string }>(
        this.dataSource.manager,
        `SELECT id FROM due_timers($1, '{}'::uuid[], 1)`,
        [to],
      );
      if (!due) return;
      if (Date.now() > deadline)
        throw new DomainError(
          ErrorCode.CLOCK_TIMERS_PENDING,
          `La hora se movió a ${to.toISOString()}, pero ningún worker disparó en ${this.config.clockMoveTimeoutMs / 1000} s los plazos ya vencidos. Revise que el worker (npm run start:worker) esté en marcha con CLOCK=manual y la misma base de datos; vuelva a enviar la misma hora para esperar de nuevo.`,
        );
      await sleep(POLL_MS);
    }
  }

  /** A timer fired at the manual time `at` has that fired_at: the pass that fired it read it. */
  private async firedAt(manager: EntityManager, at: Date): Promise<number> {
    const row = await queryOne<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM deadline_timers WHERE status = 'fired' AND fired_at = $1`,
      [at],
    );
    return row?.n ?? 0;
  }
}
