import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { JobQueue } from './job-queue.service.js';
import {
  configureQueueBackend,
  QUEUE_BACKEND,
  type QueueBackendSettings,
} from './queue-connection.js';
import { QueueName } from './queue-names.js';
import { QueueCheckService } from './queue-check.service.js';
import { PeriodicTasks } from './periodic.js';

@Global()
@Module({})
export class QueueModule {
  static forRoot(settings: QueueBackendSettings): DynamicModule {
    const connection = configureQueueBackend(settings);
    const queues = BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name })));
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRoot({ connection, prefix: settings.prefix }),
        queues,
      ],
      providers: [
        JobQueue,
        JobHandlerRegistry,
        QueueCheckService,
        PeriodicTasks,
        { provide: QUEUE_BACKEND, useValue: settings.backend },
      ],
      exports: [
        queues,
        JobQueue,
        JobHandlerRegistry,
        QueueCheckService,
        PeriodicTasks,
        QUEUE_BACKEND,
      ],
    };
  }
}
