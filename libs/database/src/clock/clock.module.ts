import { type DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, type ClockMode, SystemClock } from '#core';
import { SharedManualClock } from './shared-manual-clock.js';

export interface ClockModuleOptions {
  readonly mode: ClockMode;
  readonly databaseUrl: string;
}

/**
 * The process's Clock. CLOCK=manual is one time per deployment, kept in the database: it is loaded
 * before any provider that injects the Clock is built, so nothing reads a time not yet loaded.
 */
@Module({})
export class ClockModule {
  static forRoot(options: ClockModuleOptions): DynamicModule {
    return {
      module: ClockModule,
      global: true,
      providers: [
        {
          provide: Clock,
          inject: [DataSource],
          useFactory: async (dataSource: DataSource): Promise<Clock> => {
            if (options.mode === 'system') return new SystemClock();
            const clock = new SharedManualClock(dataSource, options.databaseUrl);
            await clock.start();
            return clock;
          },
        },
      ],
      exports: [Clock],
    };
  }
}
