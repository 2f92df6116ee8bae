import { Module } from '@nestjs/common';
import { BudgetBoardController } from './budget-board.controller.js';
import { BudgetCalendarController } from './budget-calendar.controller.js';

/**
 * Routes of the budget-reviews kind beyond the contract's resource: the management calendar and
 * the board's «documentos de gestión».
 */
@Module({ controllers: [BudgetCalendarController, BudgetBoardController] })
export class BudgetHttpModule {}
