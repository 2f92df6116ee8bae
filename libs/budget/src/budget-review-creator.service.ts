import { Injectable } from '@nestjs/common';
import { type Actor } from '#audit';
import { DomainError } from '#core';
import { BudgetRefusal } from './budget.errors.js';

/** Nobody creates a review by hand: the ADMIN seeds the year's calendar and the system creates them. */
@Injectable()
export class BudgetReviewCreator {
  prepare(_actor: Actor, _input: Record<string, unknown>): Promise<Record<string, unknown>> {
    return Promise.reject(
      new DomainError(
        BudgetRefusal.CREATED_BY_SEEDING,
        'Los documentos del calendario de gestión los crea el sistema al sembrar el año fiscal (POST /api/v1/budget/calendar/{year}/seed), uno por documento.',
      ),
    );
  }
}
