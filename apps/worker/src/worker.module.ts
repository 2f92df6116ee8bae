import { Module, type OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry } from '#queue';
import { KernelHousekeeping, TimerSweeper } from '#workflow';
import { AuditCheckpoints, AuditSealing } from './audit-sealing.js';
import { Housekeeping } from './housekeeping.js';
import { PeriodicProcessor } from './periodic.processor.js';
import { PingHandler } from './ping.handler.js';
import { SystemProcessor } from './system.processor.js';
import { SystemEventHandler, TimerFireHandler } from './workflow.handlers.js';
import { TimersProcessor } from './workflow.processors.js';
import { WorkItemsRebuild } from './work-items-rebuild.js';

/**
 * Job processors and handlers, and the periodic tasks (@Periodic: timer sweep, outbox poll,
 * housekeeping, audit sealing and checkpoints), each run once per interval in the whole deployment;
 * and, at start, the work items' rebuild a migration may ask for. Needs PlatformModule (queues, database) and WorkflowKindsModule
 * (the machines whose timers it fires) in the same application.
 */
@Module({
  providers: [
    PingHandler,
    SystemProcessor,
    TimerFireHandler,
    SystemEventHandler,
    TimersProcessor,
    TimerSweeper,
    KernelHousekeeping,
    Housekeeping,
    AuditSealing,
    AuditCheckpoints,
    PeriodicProcessor,
    WorkItemsRebuild,
  ],
})
export class WorkerModule implements OnModuleInit {
  constructor(private readonly registry: JobHandlerRegistry) {}

  onModuleInit(): void {
    this.registry.assertComplete();
  }
}
