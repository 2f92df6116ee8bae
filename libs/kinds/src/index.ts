import { budgetReviewsKind } from '#budget';
import { budgetModificationsKind } from '#budget-modifications';
import { conveniosKind } from '#convenios';
import { mandatesKind } from '#mandates';
import { resolutionsKind } from '#resolutions';
import type { WorkflowKind } from '#workflow';

/**
 * Every workflow kind this installation runs, for the API and the worker alike. Adding a kind is
 * one folder under libs/ and one line here: its routes, timers and profile section follow.
 */
export const workflowKinds: readonly WorkflowKind[] = [
  mandatesKind,
  resolutionsKind,
  conveniosKind,
  budgetModificationsKind,
  budgetReviewsKind,
];
