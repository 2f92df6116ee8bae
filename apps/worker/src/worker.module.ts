import { Module, type OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry } from '#queue';
import { PingHandler } from './ping.handler.js';
import { SystemProcessor } from './system.processor.js';

/** Job processors and handlers. Needs PlatformModule (queues, database) in the same application. */
@Module({
  providers: [PingHandler, SystemProcessor],
})
export class WorkerModule implements OnModuleInit {
  constructor(private readonly registry: JobHandlerRegistry) {}

  onModuleInit(): void {
    this.registry.assertComplete();
  }
}
