import { Module, type OnModuleInit } from '@nestjs/common';
import { MandatesModule } from '#mandates';
import { JobHandlerRegistry } from '#queue';
import { ResolutionsModule } from '#resolutions';
import { KernelHousekeeping, TimerSweeper } from '#workflow';
import { PingHandler } from './ping.handler.js';
import { SystemProcessor } from './system.processor.js';
import { TimerFireHandler } from './workflow.handlers.js';
import { TimersProcessor } from './workflow.processors.js';

/**
 * Job processors and handlers. Needs PlatformModule (queues, database) in the same application.
 * Imports every workflow kind: a worker alone must know the machines whose timers it fires.
 */
@Module({
  imports: [MandatesModule, ResolutionsModule],
  providers: [
    PingHandler,
    SystemProcessor,
    TimerFireHandler,
    TimersProcessor,
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
