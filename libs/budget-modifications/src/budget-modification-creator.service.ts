import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '#audit';
import { DomainError, parseSoles } from '#core';
import { OrgDirectory, UnitKind } from '#org';
import { KindProfiles } from '#workflow';
import type { BudgetModificationContent, ProgrammaticLine } from './budget-modification.content.js';
import type {
  CreateBudgetModificationDto,
  ProgrammaticLineDto,
} from './budget-modification.dto.js';
import { BudgetModificationRefusal } from './budget-modification.errors.js';
import { approvableOf, type BudgetModificationContext } from './budget-modification.machine.js';
import type { BudgetModificationsProfile } from './budget-modifications.profile.js';

/** The kind's name: registry key and URL segment (`/api/v1/budget-modifications`). */
export const BUDGET_MODIFICATIONS = 'budget-modifications';

/** Who asks for a budget modification: a gerencia de línea or an office, for its own goals. */
export const REQUESTING_UNIT_KINDS: readonly string[] = [UnitKind.gerencia_linea, UnitKind.oficina];

const lineOf = (l: ProgrammaticLineDto): ProgrammaticLine => ({
  program: l.program,
  productOrProject: l.productOrProject,
  activity: l.activity,
  expenseItem: l.expenseItem,
});

/** Pure: a new request's context, from the validated body, its units and the profile's section. */
export function newBudgetModificationContext(
  dto: CreateBudgetModificationDto,
  units: Pick<
    BudgetModificationContext,
    'requestingUnitId' | 'budgetUnitId' | 'managementUnitId' | 'mayorUnitId'
  >,
  profile: BudgetModificationsProfile,
): BudgetModificationContext {
  const content: BudgetModificationContent = {
    requestType: dto.requestType,
    modality: dto.requestType === 'modificacion_presupuestaria' ? (dto.modality ?? null) : null,
    amountCents: parseSoles(dto.amount) ?? 0,
    fromLine: dto.fromLine ? lineOf(dto.fromLine) : null,
    toLine: lineOf(dto.toLine),
    fundingSource: dto.fundingSource,
    justification: dto.justification,
  };
  const delegation = profile.managerDelegation;
  return {
    ...content,
    ...units,
    terms: { ...profile.terms },
    managerDelegation: {
      held: delegation.approves.includes(approvableOf(content)),
      instrument: delegation.instrument,
      basis: delegation.basis,
    },
    submittedBy: null,
    submittedAt: null,
    technicalReport: null,
    returns: [],
    elevation: null,
    approval: null,
    resolutionId: null,
    withdrawnResolutions: [],
    formalization: null,
    rejection: null,
    withdrawal: null,
  };
}

/** Checks who may ask, finds the units a request goes through and the profile's section. */
@Injectable()
export class BudgetModificationCreator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly kindProfiles: KindProfiles,
  ) {}

  async prepare(actor: Actor, input: Record<string, unknown>): Promise<Record<string, unknown>> {
    const dto = input as unknown as CreateBudgetModificationDto;
    const manager = this.dataSource.manager;
    const units = await this.directory.units(manager, actor.municipalityId);
    const unit = units.find((u) => u.id === actor.unitId);
    if (!unit || !REQUESTING_UNIT_KINDS.includes(unit.kind))
      throw new DomainError(
        BudgetModificationRefusal.REQUESTING_UNIT_NOT_ALLOWED,
        'Solicitan modificaciones presupuestarias las gerencias de línea y las oficinas, para sus metas; Planeamiento y Presupuesto las informa y el Gerente Municipal o el Alcalde las aprueban (separación de funciones).',
      );
    const byKind = (kind: string) => units.find((u) => u.kind === kind)?.id ?? null;
    const budget = byKind(UnitKind.planeamiento_presupuesto);
    const management = byKind(UnitKind.gerencia_municipal);
    const mayor = byKind(UnitKind.alcaldia);
    if (!budget || !management || !mayor)
      throw new Error(
        'El organigrama no tiene planeamiento y presupuesto, gerencia municipal o alcaldía',
      );
    return {
      ...newBudgetModificationContext(
        dto,
        {
          requestingUnitId: unit.id,
          budgetUnitId: budget,
          managementUnitId: management,
          mayorUnitId: mayor,
        },
        await this.profileOf(manager, actor.municipalityId),
      ),
    };
  }

  async profileOf(
    manager: EntityManager,
    municipalityId: string,
  ): Promise<BudgetModificationsProfile> {
    const municipality = await this.directory.municipality(manager, municipalityId);
    return this.kindProfiles.section<BudgetModificationsProfile>(
      BUDGET_MODIFICATIONS,
      municipality.code,
    );
  }
}
