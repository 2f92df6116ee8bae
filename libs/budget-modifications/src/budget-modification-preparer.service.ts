import { Inject, Injectable } from '@nestjs/common';
import { type Actor } from '#audit';
import { civilDateAt } from '#calendar';
import { MUNICIPALITY_PROFILES, type MunicipalityProfiles, OrgDirectory } from '#org';
import { RESOLUTIONS, ResolutionCreator, type ResolutionOrigin } from '#resolutions';
import type { InstanceFacts, PreparedEvent, TransitionScope, WorkflowEvent } from '#workflow';
import { BUDGET_MODIFICATIONS } from './budget-modification-creator.service.js';
import type { BudgetModificationContext } from './budget-modification.machine.js';
import { resolutionDraft } from './budget-modification-resolution.js';

/** How the RGM and the lists name a request. */
export const budgetModificationLabel = (c: BudgetModificationContext, unitName?: string): string =>
  `${c.requestType === 'certificacion' ? 'Certificación presupuestaria' : 'Modificación presupuestaria'}${
    unitName ? ` de la ${unitName}` : ''
  }`;

/**
 * What only the database gives an approval: the draft Resolución de Gerencia Municipal, created in
 * the same transaction, drafted by the requesting unit (a unit that drafts RGMs) and linked both
 * ways (its `origin`, this request's `resolutionId`).
 */
@Injectable()
export class BudgetModificationPreparer {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly resolutions: ResolutionCreator,
    @Inject(MUNICIPALITY_PROFILES) private readonly profiles: MunicipalityProfiles,
  ) {}

  async prepare(
    scope: TransitionScope,
    event: WorkflowEvent,
    instance: InstanceFacts<BudgetModificationContext>,
    _actor: Actor,
  ): Promise<PreparedEvent> {
    if (event.type !== 'APPROVE') return { event };
    return { event: { ...event, resolutionId: await this.draftResolution(scope, instance) } };
  }

  private async draftResolution(
    scope: TransitionScope,
    instance: InstanceFacts<BudgetModificationContext>,
  ): Promise<string> {
    const { manager, now } = scope;
    const c = instance.context;
    const municipality = await this.directory.municipality(manager, instance.municipalityId);
    const profile = this.profiles.find((p) => p.code === municipality.code);
    const units = await this.directory.units(manager, instance.municipalityId);
    const nameOf = (id: string) => {
      const code = units.find((u) => u.id === id)?.code;
      return profile?.units.find((u) => u.code === code)?.name ?? 'unidad';
    };
    const requesting = nameOf(c.requestingUnitId);
    const submittedOn = civilDateAt(
      c.submittedAt ? new Date(c.submittedAt) : now,
      municipality.timeZone,
    );
    const content = resolutionDraft(c, { requesting, budget: nameOf(c.budgetUnitId) }, submittedOn);
    const draft = await this.resolutions.contextFor(
      manager,
      instance.municipalityId,
      c.requestingUnitId,
      content,
      null,
      units,
    );
    const origin: ResolutionOrigin = {
      kind: BUDGET_MODIFICATIONS,
      id: instance.id,
      label: budgetModificationLabel(c, requesting),
    };
    // The requester's draft, not the Gerente's: he approved the request and signs the act.
    return scope.createInstance(RESOLUTIONS, { ...draft, origin }, { createdBy: c.submittedBy });
  }
}
