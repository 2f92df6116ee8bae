import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { civilDateAt } from '#calendar';
import { APP_CONFIG, type AppConfig, DomainError, ErrorCode, isRefusal, refuse } from '#core';
import {
  MUNICIPALITY_PROFILES,
  type MunicipalityProfile,
  type MunicipalityProfiles,
  OrgDirectory,
  Role,
} from '#org';
import { type Actor, type Authority } from '#audit';
import type { DelegatedActsAppeal } from './administrative-route.js';
import { KindProfiles, type PreparedEvent, RegisterService, registerYear } from '#workflow';
import { DocumentRenderer } from '#documents';
import type { ResolutionContext, Signature } from './resolution.machine.js';
import { ResolutionRefusal } from './resolution.errors.js';
import { RESOLUTIONS } from './resolutions.definition.js';
import type { ResolutionsProfile } from './resolutions.profile.js';
import { signingAuthorities, signingTitle } from './resolution.policy.js';
import { newVerificationCode, SignedDocuments } from './signed-documents.service.js';

export const PDF = 'application/pdf';

/**
 * What the QR of a signed act carries (D16): the console's public page, which anyone opens on a
 * phone without a session; the page asks GET /api/v1/public/verify/:code.
 */
export const publicVerificationUrl = (publicUrl: string, code: string): string =>
  `${publicUrl}/verificar/${encodeURIComponent(code)}`;

/** How the signature reads on the act and in the audit (D10: delegated acts say so and cite the instrument). */
export function signatureOf(
  signer: { id: string; fullName: string; post: string },
  authority: Authority | null,
  /** The profile's `delegations.appealAgainstDelegatedActs` (D7): kept with an act the Alcalde delegated. */
  appealAgainstDelegatedActs: DelegatedActsAppeal | null = null,
): Signature {
  const byAlcalde =
    authority?.kind === 'delegacion_competencia' && authority.delegatorRole === Role.ALCALDE;
  const base = {
    userId: signer.id,
    name: signer.fullName,
    delegationId: authority?.delegationId ?? null,
    instrument: authority?.instrument ?? null,
    delegatorRole: authority?.delegatorRole ?? null,
    delegatorPost: authority?.delegatorPost ?? null,
    delegatedActsAppeal:
      byAlcalde && appealAgainstDelegatedActs
        ? {
            allowed: appealAgainstDelegatedActs.allowed,
            basis: appealAgainstDelegatedActs.basis,
          }
        : null,
  };
  if (!authority) return { ...base, post: signer.post, mode: 'propia', mention: null };
  switch (authority.kind) {
    case 'encargatura':
      return {
        ...base,
        post: `${authority.delegatorPost} (e)`,
        mode: 'encargatura',
        mention: `Encargatura: ${authority.instrument}`,
      };
    case 'delegacion_firma':
      return {
        ...base,
        post: signer.post,
        mode: 'delegacion_firma',
        mention: `Por delegación de firma del ${authority.delegatorPost} (${authority.instrument})`,
      };
    case 'delegacion_competencia':
      return {
        ...base,
        post: signer.post,
        mode: 'delegacion_competencia',
        mention: `Por delegación del ${authority.delegatorPost} (${authority.instrument})`,
      };
  }
}

/**
 * The official name of `year` from the profile (D13), or the refusal to sign without it: the
 * Executive approves it each year by decreto supremo and orders it on every official document
 * (for 2026, DS 011-2026-PCM), so an act signed without it would carry an incomplete header.
 */
export function yearNameOf(
  profile: Pick<MunicipalityProfile, 'code' | 'name' | 'yearNames'>,
  year: number,
): string {
  const name = profile.yearNames?.[String(year)];
  if (typeof name === 'string' && name.trim() !== '') return name;
  throw DomainError.of(
    refuse(
      ResolutionRefusal.YEAR_NAME_MISSING,
      `No se puede firmar: el perfil de la ${profile.name} no tiene la denominación oficial del año ${year}, que el encabezado de toda resolución debe llevar (D13). Cada año la aprueba un decreto supremo de la Presidencia del Consejo de Ministros y manda consignarla en los documentos oficiales (para 2026, DS 011-2026-PCM). El administrador debe agregarla en yearNames.${year} del archivo ${profile.code}.yaml (config/municipalities) y reiniciar Despacho. No se asignó número ni se firmó nada.`,
    ),
    { year, setting: `yearNames.${year}` },
  );
}

/**
 * SIGN, inside the transition's transaction (D12, D13, D16): the register number from the locked
 * counter, the verification key, the rendered PDF and its SHA-256. A rollback undoes all of it,
 * the number included, so the register stays gapless.
 */
@Injectable()
export class ResolutionSigning {
  constructor(
    private readonly register: RegisterService,
    private readonly documents: SignedDocuments,
    private readonly renderer: DocumentRenderer,
    @Inject(MUNICIPALITY_PROFILES) private readonly profiles: MunicipalityProfiles,
    private readonly kindProfiles: KindProfiles,
    private readonly directory: OrgDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  profileOf(code: string): MunicipalityProfile {
    const profile = this.profiles.find((p) => p.code === code);
    if (!profile) throw new Error(`No hay perfil para la municipalidad ${code}`);
    return profile;
  }

  /** The municipality's `kinds.resolutions` section (series, closing formula, legend, terms). */
  settingsOf(code: string): ResolutionsProfile {
    return this.kindProfiles.section<ResolutionsProfile>(RESOLUTIONS, code);
  }

  verificationUrl(code: string): string {
    return publicVerificationUrl(this.config.publicUrl, code);
  }

  async sign(
    manager: EntityManager,
    now: Date,
    instance: {
      id: string;
      municipalityId: string;
      context: Pick<ResolutionContext, 'issuingUnitId' | 'vistos' | 'considerandos' | 'articles'>;
    },
    actor: Actor,
    /** A delegation's id; null = in the signer's own right; absent = whatever they hold. */
    delegationId: string | null | undefined,
  ): Promise<PreparedEvent> {
    const fromAlcalde = signingAuthorities(actor).filter((a) => a.delegatorRole === Role.ALCALDE);
    // D10/D7: whether the act is the Gerente's or the Alcalde's decides the remedies; never guessed.
    if (
      delegationId === undefined &&
      actor.roles.includes(Role.GERENTE_MUNICIPAL) &&
      fromAlcalde.length > 0
    )
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Datos inválidos en: delegationId.', {
        errors: [
          {
            field: 'delegationId',
            messages: [
              `tiene una delegación vigente del Alcalde (${fromAlcalde.map((a) => a.instrument).join('; ')}): indique su id para firmar por delegación, o null para firmar en ejercicio de sus competencias propias: el acto delegado se tiene por del Alcalde y de ello dependen los recursos (TUO de la Ley 27444, Art. 78.4)`,
            ],
          },
        ],
      });
    const title = signingTitle(actor, delegationId);
    // The policy already refused this; checked again because the title decides what is printed.
    if (isRefusal(title)) throw DomainError.of(title);
    const [municipality, signer] = await Promise.all([
      this.directory.municipality(manager, instance.municipalityId),
      this.directory.person(manager, actor.userId ?? ''),
    ]);
    const profile = this.profileOf(municipality.code);
    const settings = this.settingsOf(municipality.code);
    const series = settings.series;
    const numbering = profile.numbering[series];
    if (!numbering) throw new Error(`El perfil ${profile.code} no numera la serie ${series}`);
    const date = civilDateAt(now, municipality.timeZone);
    const year = registerYear(now, municipality.timeZone);
    // D13: the header carries the year's official name; never signed without it, before a number.
    const yearName = yearNameOf(profile, year);
    const { context } = instance;
    const { sequence, number } = await this.register.assign(
      manager,
      {
        municipalityId: instance.municipalityId,
        series,
        issuingUnitId: context.issuingUnitId,
        year,
      },
      numbering.template,
      instance.id,
      now,
    );
    const signature = signatureOf(
      signer,
      title.authority,
      profile.delegations.appealAgainstDelegatedActs,
    );
    const verificationCode = newVerificationCode();
    // In a render thread: the event loop serves other requests while this transaction waits.
    const bytes = await this.renderer.resolution({
      entityName: municipality.name,
      yearName,
      number,
      place: profile.place,
      date,
      vistos: context.vistos,
      considerandos: context.considerandos,
      articles: context.articles,
      closingFormula: settings.closingFormula,
      signer: { name: signature.name, post: signature.post, mention: signature.mention },
      signedAt: now,
      verification: {
        url: this.verificationUrl(verificationCode),
        code: verificationCode,
        legend: settings.verificationLegend,
      },
    });
    const { sha256 } = await this.documents.store(manager, {
      instanceId: instance.id,
      municipalityId: instance.municipalityId,
      verificationCode,
      contentType: PDF,
      bytes,
      createdAt: now,
    });
    return {
      event: {
        type: 'SIGN',
        ...(delegationId ? { delegationId } : {}),
        number,
        sequence,
        year,
        at: now.toISOString(),
        verificationCode,
        documentSha256: sha256,
        signature,
      },
      onBehalfOf: title.authority
        ? `${title.authority.delegatorPost} (${title.authority.instrument})`
        : null,
    };
  }
}
