import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgModule } from '#org';
import { CalendarService } from './calendar.service.js';
import { NonWorkingDayRecord } from './non-working-day.entity.js';

/** The business calendar of each municipality; one CalendarService (and one listener list) per app. */
@Module({
  imports: [TypeOrmModule.forFeature([NonWorkingDayRecord]), OrgModule],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
