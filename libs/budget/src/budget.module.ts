import { Module } from '@nestjs/common';
import { CalendarModule } from '#calendar';
import { BudgetCalendar } from './budget-calendar.service.js';
import { BudgetReviewCreator } from './budget-review-creator.service.js';
import { BudgetReviewPreparer } from './budget-review-preparer.service.js';

/** The services of the budget-reviews kind (registered through `budgetReviewsKind`) and the calendar. */
@Module({
  imports: [CalendarModule],
  providers: [BudgetReviewCreator, BudgetReviewPreparer, BudgetCalendar],
  exports: [BudgetReviewCreator, BudgetReviewPreparer, BudgetCalendar],
})
export class BudgetModule {}
