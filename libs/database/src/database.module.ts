import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source.options.js';

export interface DatabaseModuleOptions {
  readonly url: string;
  readonly migrate: boolean;
}

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options.url),
          // Each feature module lists its entities with TypeOrmModule.forFeature.
          autoLoadEntities: true,
          migrationsRun: options.migrate,
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      ],
    };
  }
}
