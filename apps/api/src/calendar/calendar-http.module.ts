import { Module } from '@nestjs/common';
import { CalendarModule } from '#calendar';
import { CalendarController } from './calendar.controller.js';

@Module({
  imports: [CalendarModule],
  controllers: [CalendarController],
})
export class CalendarHttpModule {}
