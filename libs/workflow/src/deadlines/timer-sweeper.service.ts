import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#core';
import { Periodic, type PeriodicTask } from '#queue';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { TimersService } from './timers.service.js';

/** A timer this late was not going to be fired by its job. */
const SWEEP_GRACE_MS = 2000;

/**
 * Arms the timers that came within the horizon, and is the safety net under the delayed jobs: fires
 * whatever is due and was not fired (a lost job, a worker that was down), and re-arms timers due
 * soon whose job the queue no longer has. Once per TIMER_SWEEP_MS in the whole deployment.
 */
@Injectable()
@Periodic({ name: 'timers.sweep', everyMs: (config) => config.timerSweepMs })
export class TimerSweeper implements PeriodicTask, BeforeApplicationShutdown {
  private readonly logger = new Logger(TimerSweeper.name);
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly timers: TimersService,
    private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Before the queues and the database close (their own shutdown hooks come after this one).
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  runPeriodic(): Promise<void> {
    return this.sweep();
  }

  /** One pass; a call during a pass gets that pass. */
  sweep(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<void> {
    try {
      await this.timers.armNear();
      await this.relay.drain();
      const fired = await this.timers.fireOverdue(SWEEP_GRACE_MS);
      const rearmed = await this.timers.rearm(2 * this.config.timerSweepMs);
      if (fired > 0)
        this.logger.warn({ fired, rearmed }, 'El barrido disparó temporizadores atrasados');
    } catch (error: unknown) {
      this.logger.error({ err: error }, 'El barrido de temporizadores falló; se reintenta');
    }
  }
}
