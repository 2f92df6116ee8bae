import { Module, type OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry } from '#queue';
import { KernelHousekeeping, TimerSweeper } from '#workflow';
import { AuditCheckpointHandler, AuditSealingLoop } from './audit-sealing.js';
import { HousekeepingHandler, HousekeepingScheduler } from './housekeeping.js';
import { PingHandler } from './ping.handler.js';
import { SystemProcessor } from './system.processor.js';
import { TimerFireHandler } from './workflow.handlers.js';
import { TimersProcessor } from './workflow.processors.js';

/**
 * Job processors and handlers. Needs PlatformModule (queues, database) and WorkflowKindsModule
 * (the machines whose timers it fires) in the same application.
 */
@Module({
  providers: [
    PingHandler,
    SystemProcessor,
    TimerFireHandler,
    TimersProcessor,
    TimerSweeper,
    KernelHousekeeping,
    HousekeepingHandler,
    HousekeepingScheduler,
    AuditCheckpointHandler,
    AuditSealingLoop,
  ],
})
export class WorkerModule implements OnModuleInit {
  constructor(private readonly registry: JobHandlerRegistry) {}

  onModuleInit(): void {
    this.registry.assertComplete();
  }
}
