import { defineKind } from '#workflow';
import {
  BudgetModificationCreator,
  BUDGET_MODIFICATIONS,
} from './budget-modification-creator.service.js';
import { CreateBudgetModificationDto } from './budget-modification.dto.js';
import { budgetModificationMachine } from './budget-modification.machine.js';
import { BudgetModificationPreparer } from './budget-modification-preparer.service.js';
import {
  budgetModificationEvents,
  budgetModificationsDefinition,
} from './budget-modifications.definition.js';
import { BudgetModificationsModule } from './budget-modifications.module.js';
import { budgetModificationsProfileSection } from './budget-modifications.profile.js';
import {
  BudgetModificationFieldsDto,
  BudgetModificationSummaryDto,
} from './budget-modification.resource.js';

/** Budget modification requests as the installation runs them. */
export const budgetModificationsKind = defineKind({
  name: BUDGET_MODIFICATIONS,
  tag: 'modificaciones presupuestarias',
  createDto: CreateBudgetModificationDto,
  creator: BudgetModificationCreator,
  module: BudgetModificationsModule,
  definition: {
    inject: [BudgetModificationPreparer],
    useFactory: (preparer: BudgetModificationPreparer) => ({
      ...budgetModificationsDefinition,
      prepare: preparer.prepare.bind(preparer),
    }),
  },
  contract: {
    states: Object.keys(budgetModificationMachine.root.states),
    events: budgetModificationEvents,
  },
  profile: budgetModificationsProfileSection,
  resource: BudgetModificationFieldsDto,
  summary: BudgetModificationSummaryDto,
  creation:
    'La solicita, como borrador (draft), un miembro de una gerencia de línea o de una oficina (403 REQUESTING_UNIT_NOT_ALLOWED). El monto va en soles como texto con hasta dos decimales; las líneas programáticas con sus códigos (programa, producto/proyecto, actividad, específica de gasto).',
});
