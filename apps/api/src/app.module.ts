import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type Runtime } from '#platform';
import { WorkerModule } from '#worker';
import { type WorkflowKind, WorkflowKindsModule } from '#workflow';
import { ApiModule } from './api.module.js';

/** The HTTP application; with role `all` (the embedded default) the worker runs in the same process. */
@Module({})
export class AppModule {
  static forRoot(runtime: Runtime, kinds: readonly WorkflowKind[]): DynamicModule {
    const withWorker = runtime.config.role === 'all';
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(runtime),
        WorkflowKindsModule.register(kinds),
        ApiModule.forKinds(kinds),
        ...(withWorker ? [WorkerModule] : []),
      ],
    };
  }
}
