import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOutcome, QueueName } from '#queue';
import { TimersService } from '#workflow';

@Injectable()
@HandlesJob({ queue: QueueName.Timers, name: 'timer.fire' })
export class TimerFireHandler implements JobHandler<QueueName.Timers, 'timer.fire'> {
  constructor(private readonly timers: TimersService) {}

  /** The job of an instant fires every timer due by then (`at` is absent in jobs of earlier versions). */
  handle(data: { at?: string }): Promise<JobOutcome> {
    return this.timers.fireDueAt(data.at === undefined ? undefined : new Date(data.at));
  }
}
