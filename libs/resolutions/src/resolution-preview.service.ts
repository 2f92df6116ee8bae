import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { civilDateAt } from '#calendar';
import { Clock, DomainError, ErrorCode, NotFoundError } from '#core';
import { queryOne } from '#database';
import { OrgDirectory, Role } from '#org';
import { formatRegisterNumber, registerYear } from '#workflow';
import { DocumentRenderer } from '#documents';
import type { ResolutionContext } from './resolution.machine.js';
import { ResolutionSigning } from './resolution-signing.service.js';
import { RESOLUTIONS } from './resolutions.definition.js';

/**
 * The draft as it would print today, before its number and signature: what the Gerente reads
 * before signing. Rendered on each request (in a render thread) and never stored; the number's
 * sequence is left blank and the box of the verification key says it is a preview without value.
 */
@Injectable()
export class ResolutionPreview {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signing: ResolutionSigning,
    private readonly renderer: DocumentRenderer,
    private readonly directory: OrgDirectory,
    private readonly clock: Clock,
  ) {}

  async render(municipalityId: string, id: string): Promise<Buffer> {
    const manager = this.dataSource.manager;
    const row = await queryOne<{ context: ResolutionContext }>(
      manager,
      `SELECT context FROM workflow_instances WHERE id = $1 AND municipality_id = $2 AND kind = $3`,
      [id, municipalityId, RESOLUTIONS],
    );
    if (!row) throw new NotFoundError('La resolución');
    const { context } = row;
    if (context.number)
      throw new DomainError(
        ErrorCode.CONFLICT,
        `La resolución ya está firmada (${context.number}): su documento es el PDF firmado, no una vista previa.`,
      );
    const municipality = await this.directory.municipality(manager, municipalityId);
    const profile = this.signing.profileOf(municipality.code);
    const settings = this.signing.settingsOf(municipality.code);
    const now = this.clock.now();
    const year = registerYear(now, municipality.timeZone);
    const template = profile.numbering[settings.series]?.template ?? '';
    const signer = await queryOne<{ full_name: string; post: string }>(
      manager,
      `SELECT full_name, post FROM users
        WHERE municipality_id = $1 AND active AND $2 = ANY(roles) ORDER BY username LIMIT 1`,
      [municipalityId, Role.GERENTE_MUNICIPAL],
    );
    return this.renderer.resolution({
      entityName: municipality.name,
      yearName: profile.yearNames?.[String(year)] ?? null,
      number: formatRegisterNumber(template, null, year),
      place: profile.place,
      date: civilDateAt(now, municipality.timeZone),
      vistos: context.vistos,
      considerandos: context.considerandos,
      articles: context.articles,
      closingFormula: settings.closingFormula,
      signer: {
        name: signer?.full_name ?? '',
        post: signer?.post ?? 'Gerente Municipal',
        mention: null,
      },
      signedAt: now,
      verification: null,
    });
  }
}
