import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobOutcome, QueueName } from '#queue';
import { TimersService, WorkflowEngine } from '#workflow';

@Injectable()
@HandlesJob({ queue: QueueName.Timers, name: 'timer.fire' })
export class TimerFireHandler implements JobHandler<QueueName.Timers, 'timer.fire'> {
  constructor(private readonly timers: TimersService) {}

  /** The job of an instant fires every timer due by then (`at` is absent in jobs of earlier versions). */
  handle(data: { at?: string }): Promise<JobOutcome> {
    return this.timers.fireDueAt(data.at === undefined ? undefined : new Date(data.at));
  }
}

@Injectable()
@HandlesJob({ queue: QueueName.System, name: 'workflow.event' })
export class SystemEventHandler implements JobHandler<QueueName.System, 'workflow.event'> {
  constructor(private readonly engine: WorkflowEngine) {}

  /** Delivery is at-least-once: a repeat finds the event no longer accepted and is skipped. */
  async handle(data: {
    instanceId: string;
    event: { type: string; [field: string]: unknown };
  }): Promise<JobOutcome> {
    return (await this.engine.sendAsSystem(data.instanceId, data.event)) ? 'done' : 'skipped';
  }
}
