import { defineKind } from '#workflow';
import { CreateBudgetReviewDto } from './budget-review.dto.js';
import { budgetReviewMachine } from './budget-review.machine.js';
import { BudgetReviewFieldsDto, BudgetReviewSummaryDto } from './budget-review.resource.js';
import { BudgetReviewCreator } from './budget-review-creator.service.js';
import { BudgetReviewPreparer } from './budget-review-preparer.service.js';
import {
  BUDGET_REVIEWS,
  budgetReviewEvents,
  budgetReviewsDefinition,
} from './budget-reviews.definition.js';
import { BudgetModule } from './budget.module.js';

/** Budget and management documents of the management calendar (issue 16) as the installation runs them. */
export const budgetReviewsKind = defineKind({
  name: BUDGET_REVIEWS,
  tag: 'budget-reviews',
  createDto: CreateBudgetReviewDto,
  creator: BudgetReviewCreator,
  module: BudgetModule,
  definition: {
    inject: [BudgetReviewPreparer],
    useFactory: (preparer: BudgetReviewPreparer) => ({
      ...budgetReviewsDefinition,
      prepare: preparer.prepare.bind(preparer),
    }),
  },
  contract: { states: Object.keys(budgetReviewMachine.root.states), events: budgetReviewEvents },
  resource: BudgetReviewFieldsDto,
  summary: BudgetReviewSummaryDto,
  creation:
    'No se crean por esta ruta (403 CREATED_BY_SEEDING): el ADMIN siembra el año fiscal (POST /api/v1/budget/calendar/{year}/seed) y el sistema crea un expediente por documento de gestión del perfil.',
});
