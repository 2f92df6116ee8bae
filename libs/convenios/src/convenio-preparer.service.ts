import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Actor } from '#audit';
import { civilDateAt } from '#calendar';
import { queryOne } from '#database';
import { MUNICIPALITY_PROFILES, type MunicipalityProfiles, OrgDirectory } from '#org';
import {
  type InstanceFacts,
  type PreparedEvent,
  RegisterService,
  registerYear,
  type TransitionScope,
  type WorkflowEvent,
} from '#workflow';
import type { CreateConvenioDto } from './convenio.dto.js';
import type { ConvenioContext } from './convenio.machine.js';
import { newConvenioContext } from './convenio-request.js';
import { ConvenioCreator } from './convenio-creator.service.js';
import { CONVENIOS } from './convenios.definition.js';

/** An adenda's number: its place among the convenio's signed adendas, e.g. "ADENDA N° 1 AL CONVENIO N° 004-2026-MML". */
export const addendumNumber = (n: number, parentNumber: string | null): string =>
  `ADENDA N° ${n} AL ${parentNumber ?? 'CONVENIO'}`;

/**
 * What only the database gives a convenio's events: the register number and the civil date of
 * the signature (SIGN), and the adenda's own instance (ADDENDUM), in the transition's transaction.
 */
@Injectable()
export class ConvenioPreparer {
  constructor(
    private readonly register: RegisterService,
    private readonly directory: OrgDirectory,
    private readonly creator: ConvenioCreator,
    @Inject(MUNICIPALITY_PROFILES) private readonly profiles: MunicipalityProfiles,
  ) {}

  async prepare(
    scope: TransitionScope,
    event: WorkflowEvent,
    instance: InstanceFacts<ConvenioContext>,
    _actor: Actor,
  ): Promise<PreparedEvent> {
    switch (event.type) {
      case 'SIGN':
        return { event: { ...event, ...(await this.signature(scope, instance)) } };
      case 'ADDENDUM':
        return { event: { ...event, addendumId: await this.addendum(scope, event, instance) } };
      default:
        return { event };
    }
  }

  /**
   * D12 as for resolutions: the number from the profile's series, locked counter per
   * municipality, issuing unit and civil year (concurrent signers wait on it; a rollback gives
   * the number back), and the civil date in the municipality's zone. An adenda is numbered within
   * its convenio instead (it becomes part of it), not in the register of convenios.
   */
  private async signature(
    scope: TransitionScope,
    instance: InstanceFacts<ConvenioContext>,
  ): Promise<{ number: string; sequence: number; year: number; signedOn: string }> {
    const { manager, now } = scope;
    const municipality = await this.directory.municipality(manager, instance.municipalityId);
    const signedOn = civilDateAt(now, municipality.timeZone);
    const year = registerYear(now, municipality.timeZone);
    const { context } = instance;
    if (context.isAddendum && context.parentConvenioId) {
      const parent = await this.parentOf(manager, context.parentConvenioId);
      const n = parent.addenda.filter((a) => a.outcome === 'signed').length + 1;
      return { number: addendumNumber(n, parent.number), sequence: n, year, signedOn };
    }
    const settings = await this.creator.settingsOf(manager, instance.municipalityId);
    const numbering = this.profiles.find((p) => p.code === municipality.code)?.numbering[
      settings.series
    ];
    if (!numbering)
      throw new Error(`El perfil ${municipality.code} no numera la serie ${settings.series}`);
    const units = await this.directory.units(manager, instance.municipalityId);
    const issuing = units.find((u) => u.code === numbering.issuingUnit);
    if (!issuing)
      throw new Error(`El perfil ${municipality.code} no tiene la unidad ${numbering.issuingUnit}`);
    const { sequence, number } = await this.register.assign(
      manager,
      {
        municipalityId: instance.municipalityId,
        series: settings.series,
        issuingUnitId: issuing.id,
        year,
      },
      numbering.template,
      instance.id,
      now,
    );
    return { number, sequence, year, signedOn };
  }

  /**
   * The adenda: an instance of its own (same kind, same units), linked to the convenio, drafted
   * from its content with the new object and end; it inherits whether the Acuerdo authorised
   * the Alcalde to sign the adendas (D17). Its obligations stay the convenio's.
   */
  private async addendum(
    scope: TransitionScope,
    event: WorkflowEvent,
    instance: InstanceFacts<ConvenioContext>,
  ): Promise<string> {
    const parent = instance.context;
    const newEndDate = typeof event['newEndDate'] === 'string' ? event['newEndDate'] : null;
    const body: CreateConvenioDto = {
      counterpart: { ...parent.counterpart },
      object: String(event['object']),
      convenioType: parent.convenioType,
      startDate: parent.inForceFrom ?? undefined,
      endDate: newEndDate ?? parent.inForceUntil ?? undefined,
      hasFinancialObligations: parent.hasFinancialObligations,
      amount: parent.amountCents === null ? undefined : (parent.amountCents / 100).toFixed(2),
      coordinators: parent.coordinators,
      obligations: [],
      exitNoticeDays: parent.exitNoticeDays ?? undefined,
    };
    const settings = await this.creator.settingsOf(scope.manager, instance.municipalityId);
    const context = newConvenioContext(
      body,
      parent.requestingUnitId,
      {
        budgetUnitId: parent.budgetUnitId,
        legalUnitId: parent.legalUnitId,
        managementUnitId: parent.managementUnitId,
        mayorUnitId: parent.mayorUnitId,
      },
      settings,
      {
        parentConvenioId: instance.id,
        parentAuthorisesAddenda: parent.agreement?.authorisesAddenda ?? false,
      },
    );
    return scope.createInstance(CONVENIOS, { ...context });
  }

  /** The convenio an adenda modifies (read in the transaction; one adenda at a time per convenio). */
  private async parentOf(
    manager: EntityManager,
    id: string,
  ): Promise<Pick<ConvenioContext, 'number' | 'addenda'>> {
    const row = await queryOne<{ context: ConvenioContext }>(
      manager,
      `SELECT context FROM workflow_instances WHERE id = $1`,
      [id],
    );
    if (!row) throw new Error(`No existe el convenio ${id} de la adenda`);
    return row.context;
  }
}
