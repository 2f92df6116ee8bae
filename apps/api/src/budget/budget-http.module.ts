import { Module } from '@nestjs/common';
import { BudgetCalendarController } from './budget-calendar.controller.js';

/** Routes of the budget-reviews kind beyond the contract's resource: the management calendar. */
@Module({ controllers: [BudgetCalendarController] })
export class BudgetHttpModule {}
