import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOutcome, QueueName } from '#queue';
import { TimersService } from '#workflow';

@Injectable()
@HandlesJob({ queue: QueueName.Timers, name: 'timer.fire' })
export class TimerFireHandler implements JobHandler<QueueName.Timers, 'timer.fire'> {
  constructor(private readonly timers: TimersService) {}

  handle(data: { timerId: string }): Promise<JobOutcome> {
    return this.timers.fire(data.timerId);
  }
}
