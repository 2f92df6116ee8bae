import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { JobQueue } from '#queue';

@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly jobs: JobQueue,
  ) {}

  async check(key: string, backend: string, timeoutMs = 3000) {
    const indicator = this.indicators.check(key);
    try {
      await Promise.race([
        this.jobs.ping(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('tiempo agotado')), timeoutMs).unref(),
        ),
      ]);
      return indicator.up({ backend });
    } catch (error) {
      return indicator.down({
        backend,
        message: error instanceof Error ? error.message : 'sin respuesta',
      });
    }
  }
}
