import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '#core';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgDirectory, UnitKind, type UnitFacts } from '#org';
import { type Actor } from '#audit';
import { ResolutionRefusal } from './resolution.errors.js';
import { DRAFTING_UNIT_KINDS } from './resolution.policy.js';
import type { CreateResolutionDto } from './resolution.dto.js';
import { checkAddressees, contentHashOf, type ResolutionContent } from './resolution-content.js';
import type { ResolutionContext, ResolutionTerms } from './resolution.machine.js';
import { ResolutionSigning } from './resolution-signing.service.js';

/** The units a resolution moves between, resolved from the municipality's organigram. */
export type ResolutionUnits = Pick<
  ResolutionContext,
  'originUnitId' | 'legalUnitId' | 'budgetUnitId' | 'issuingUnitId' | 'superiorUnitId'
>;

/** A draft's context: pure, so the machine's path tests start from the same shape. */
export function newResolutionContext(
  content: ResolutionContent,
  units: ResolutionUnits,
  terms: ResolutionTerms,
  rectifies: { id: string; number: string | null; at: string } | null,
): ResolutionContext {
  return {
    ...content,
    ...units,
    terms,
    contentHash: contentHashOf(content),
    legalOpinion: null,
    pendingVisas: [],
    visas: [],
    voidedVisas: [],
    returns: [],
    number: null,
    sequence: null,
    year: null,
    signedAt: null,
    verificationCode: null,
    documentSha256: null,
    signature: null,
    notifications: [],
    notifiedAt: null,
    publication: null,
    windows: [],
    pending: [],
    remedy: null,
    remedies: [],
    firmAt: null,
    firmProvisionalUntil: null,
    annulment: null,
    withdrawal: null,
    links: rectifies
      ? [
          {
            type: 'rectifica_a',
            resolutionId: rectifies.id,
            number: rectifies.number,
            at: rectifies.at,
          },
        ]
      : [],
    rectifies: rectifies?.id ?? null,
  };
}

/** Builds a new resolution's context: its units from the municipality's organigram, its terms from the profile. */
@Injectable()
export class ResolutionCreator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signing: ResolutionSigning,
    private readonly directory: OrgDirectory,
  ) {}

  async prepare(actor: Actor, input: Record<string, unknown>): Promise<Record<string, unknown>> {
    const dto = input as unknown as CreateResolutionDto;
    if (!actor.unitId)
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Su usuario no pertenece a ninguna unidad orgánica: no puede elaborar resoluciones.',
      );
    const units = await this.directory.units(this.dataSource.manager, actor.municipalityId);
    const unit = units.find((u) => u.id === actor.unitId);
    if (!unit || !DRAFTING_UNIT_KINDS.includes(unit.kind))
      throw new DomainError(
        ResolutionRefusal.DRAFTING_UNIT_NOT_ALLOWED,
        unit?.kind === UnitKind.asesoria_juridica
          ? 'Asesoría Jurídica emite la opinión legal sobre cada proyecto: no elabora proyectos propios (separación de funciones).'
          : 'Su unidad no elabora Resoluciones de Gerencia Municipal.',
      );
    const content: ResolutionContent = {
      subject: dto.subject,
      scope: dto.scope,
      hasBudgetImpact: dto.hasBudgetImpact,
      vistos: dto.vistos,
      considerandos: dto.considerandos,
      articles: dto.articles,
      addressees: dto.addressees.map((a) => ({
        name: a.name,
        documentId: a.documentId ?? null,
        email: a.email ?? null,
      })),
    };
    checkAddressees(content);
    return {
      ...(await this.contextFor(
        this.dataSource.manager,
        actor.municipalityId,
        actor.unitId,
        content,
        null,
        units,
      )),
    };
  }

  /** Also used for the draft a RECTIFY creates (D8), which keeps the original's originating unit. */
  async contextFor(
    /** The caller's transaction when there is one (RECTIFY): never a second pooled connection. */
    manager: EntityManager,
    municipalityId: string,
    originUnitId: string,
    content: ResolutionContent,
    rectifies: { id: string; number: string | null; at: string } | null,
    /** The municipality's units when the caller already read them. */
    known?: readonly UnitFacts[],
  ): Promise<ResolutionContext> {
    const units = known ?? (await this.directory.units(manager, municipalityId));
    const municipality = await this.directory.municipality(manager, municipalityId);
    const profile = this.signing.profileOf(municipality.code);
    const settings = this.signing.settingsOf(municipality.code);
    const issuingCode = profile.numbering[settings.series]?.issuingUnit;
    const byKind = (kind: string) => units.find((u) => u.kind === kind);
    const legal = byKind(UnitKind.asesoria_juridica);
    const issuing = units.find((u) => u.code === issuingCode);
    if (!legal || !issuing)
      throw new Error(
        `El organigrama de ${municipality.code} no tiene asesoría jurídica o unidad emisora`,
      );
    return newResolutionContext(
      content,
      {
        originUnitId,
        legalUnitId: legal.id,
        budgetUnitId: byKind(UnitKind.planeamiento_presupuesto)?.id ?? null,
        issuingUnitId: issuing.id,
        superiorUnitId: byKind(UnitKind.alcaldia)?.id ?? null,
      },
      { ...settings.terms },
      rectifies,
    );
  }
}
