import { Module, type OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry } from '#queue';
import { KernelHousekeeping, TimerSweeper } from '#workflow';
import { PingHandler } from './ping.handler.js';
import { SystemProcessor } from './system.processor.js';
import { DeadlineOpenedHandler, TimerFireHandler } from './workflow.handlers.js';
import { NotificationsProcessor, TimersProcessor } from './workflow.processors.js';

/** Job processors and handlers. Needs PlatformModule (queues, database) in the same application. */
@Module({
  providers: [
    PingHandler,
    SystemProcessor,
    TimerFireHandler,
    DeadlineOpenedHandler,
    TimersProcessor,
    NotificationsProcessor,
    TimerSweeper,
    KernelHousekeeping,
  ],
})
export class WorkerModule implements OnModuleInit {
  constructor(private readonly registry: JobHandlerRegistry) {}

  onModuleInit(): void {
    this.registry.assertComplete();
  }
}
