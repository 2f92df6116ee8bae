import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOutcome, QueueCheckService, QueueName } from '#queue';

@Injectable()
@HandlesJob({ queue: QueueName.System, name: 'ping' })
export class PingHandler implements JobHandler<QueueName.System, 'ping'> {
  constructor(private readonly checks: QueueCheckService) {}

  async handle(data: { pingId: string }): Promise<JobOutcome> {
    return (await this.checks.markProcessed(data.pingId)) ? 'done' : 'skipped';
  }
}
