import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '#audit';
import { DomainError } from '#core';
import {
  MUNICIPALITY_PROFILES,
  type MunicipalityProfiles,
  OrgDirectory,
  UnitKind,
  type UnitFacts,
} from '#org';
import { KindProfiles } from '#workflow';
import type { CreateConvenioDto } from './convenio.dto.js';
import { ConvenioRefusal } from './convenio.errors.js';
import { type ConvenioUnits, newConvenioContext } from './convenio-request.js';
import { CONVENIOS } from './convenios.definition.js';
import {
  type ConveniosProfile,
  type ConveniosSettings,
  conveniosSettings,
} from './convenios.profile.js';

/**
 * Who proposes a convenio (D17): the unit that will coordinate its execution — a gerencia de
 * línea or an office. Not the units that review it (OPP certifies, Asesoría Jurídica informs, the
 * Gerencia Municipal gives conformity, Secretaría General records the Acuerdo, the Alcaldía signs):
 * nobody approves what their own unit proposed.
 */
export const PROPOSING_UNIT_KINDS: readonly string[] = [UnitKind.gerencia_linea, UnitKind.oficina];

/** Finds the units a convenio goes through and the profile's section; builds a new convenio's context. */
@Injectable()
export class ConvenioCreator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: OrgDirectory,
    private readonly kindProfiles: KindProfiles,
    @Inject(MUNICIPALITY_PROFILES) private readonly profiles: MunicipalityProfiles,
  ) {}

  async prepare(actor: Actor, input: Record<string, unknown>): Promise<Record<string, unknown>> {
    const dto = input as unknown as CreateConvenioDto;
    const manager = this.dataSource.manager;
    const units = await this.directory.units(manager, actor.municipalityId);
    const unit = units.find((u) => u.id === actor.unitId);
    if (!unit || !PROPOSING_UNIT_KINDS.includes(unit.kind))
      throw new DomainError(
        ConvenioRefusal.PROPOSING_UNIT_NOT_ALLOWED,
        'Proponen convenios las gerencias de línea y las oficinas, que luego coordinan su ejecución; la Gerencia Municipal, Planeamiento y Presupuesto, Asesoría Jurídica, Secretaría General y la Alcaldía los revisan, aprueban o suscriben (separación de funciones).',
      );
    const settings = await this.settingsOf(manager, actor.municipalityId);
    return { ...newConvenioContext(dto, unit.id, this.unitsOf(units), settings) };
  }

  /** The municipality's `kinds.convenios`, with its defaults filled in, and its Concejo's rule. */
  async settingsOf(manager: EntityManager, municipalityId: string): Promise<ConveniosSettings> {
    const municipality = await this.directory.municipality(manager, municipalityId);
    const profile = this.profiles.find((p) => p.code === municipality.code);
    if (!profile) throw new Error(`Sin perfil para la municipalidad ${municipality.code}`);
    return conveniosSettings(
      this.kindProfiles.section<ConveniosProfile>(CONVENIOS, municipality.code),
      profile.council.convenios,
    );
  }

  /** The units every convenio of the municipality goes through, by their kind in the organigram. */
  unitsOf(units: readonly UnitFacts[]): ConvenioUnits {
    const byKind = (kind: string) => units.find((u) => u.kind === kind)?.id ?? null;
    const legal = byKind(UnitKind.asesoria_juridica);
    const management = byKind(UnitKind.gerencia_municipal);
    const mayor = byKind(UnitKind.alcaldia);
    if (!legal || !management || !mayor)
      throw new Error('El organigrama no tiene asesoría jurídica, gerencia municipal o alcaldía');
    return {
      budgetUnitId: byKind(UnitKind.planeamiento_presupuesto),
      legalUnitId: legal,
      managementUnitId: management,
      mayorUnitId: mayor,
    };
  }
}
