import { Module } from '@nestjs/common';
import { CalendarModule } from '#calendar';
import { BudgetBoard } from './budget-board.service.js';
import { BudgetCalendar } from './budget-calendar.service.js';
import { BudgetReviewCreator } from './budget-review-creator.service.js';
import { BudgetReviewPreparer } from './budget-review-preparer.service.js';

/**
 * The services of the budget-reviews kind (registered through `budgetReviewsKind`), the calendar
 * and the board's «documentos de gestión».
 */
@Module({
  imports: [CalendarModule],
  providers: [BudgetReviewCreator, BudgetReviewPreparer, BudgetCalendar, BudgetBoard],
  exports: [BudgetReviewCreator, BudgetReviewPreparer, BudgetCalendar, BudgetBoard],
})
export class BudgetModule {}
