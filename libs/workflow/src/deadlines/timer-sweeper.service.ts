import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#core';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { TimersService } from './timers.service.js';

/** A timer this late was not going to be fired by its job. */
const SWEEP_GRACE_MS = 2000;

/**
 * Arms the timers that came within the horizon, and is the safety net under the delayed jobs: fires
 * whatever is due and was not fired (a lost job, a worker that was down), and re-arms timers due
 * soon whose job the queue no longer has.
 */
@Injectable()
export class TimerSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TimerSweeper.name);
  private interval: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly timers: TimersService,
    private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.timerSweepMs <= 0) return;
    this.interval = setInterval(() => void this.sweep(), this.config.timerSweepMs);
    this.interval.unref();
    void this.sweep();
  }

  // Before the queues and the database close (their own shutdown hooks come after this one).
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.interval);
    await this.running;
  }

  sweep(): Promise<void> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<void> {
    try {
      await this.timers.armNear();
      await this.relay.drain();
      const fired = await this.timers.runDue(SWEEP_GRACE_MS);
      const rearmed = await this.timers.rearm(2 * this.config.timerSweepMs);
      if (fired > 0)
        this.logger.warn({ fired, rearmed }, 'El barrido disparó temporizadores atrasados');
    } catch (error: unknown) {
      this.logger.error({ err: error }, 'El barrido de temporizadores falló; se reintenta');
    }
  }
}
