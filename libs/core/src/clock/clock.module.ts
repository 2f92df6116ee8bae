import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Clock, ManualClock, SystemClock } from './clock.js';

@Global()
@Module({
  providers: [
    {
      provide: Clock,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Clock =>
        config.clock === 'manual' ? new ManualClock() : new SystemClock(),
    },
  ],
  exports: [Clock],
})
export class ClockModule {}
