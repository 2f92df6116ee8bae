import { Module } from '@nestjs/common';
import { ResolutionsModule } from '#resolutions';
import { BudgetModificationCreator } from './budget-modification-creator.service.js';
import { BudgetModificationPreparer } from './budget-modification-preparer.service.js';

/** The services of the budget modifications kind (registered through `budgetModificationsKind`). */
@Module({
  imports: [ResolutionsModule],
  providers: [BudgetModificationCreator, BudgetModificationPreparer],
  exports: [BudgetModificationCreator, BudgetModificationPreparer],
})
export class BudgetModificationsModule {}
