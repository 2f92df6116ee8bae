import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { civilDateAt } from '#calendar';
import { NotFoundError } from '#core';
import { OrgDirectory, UnitKind } from '#org';
import { WorkflowEngine } from '#workflow';
import { DocumentRenderer, type NoticeDocumentInput, spanishLongDate } from '#documents';
import { administrativeRoute } from './administrative-route.js';
import { appealable, type Remedy, type ResolutionContext } from './resolution.machine.js';
import { RESOLUTIONS } from './resolutions.definition.js';
import { ResolutionSigning } from './resolution-signing.service.js';

const OUTCOMES: Record<string, string> = {
  fundado: 'FUNDADO',
  fundado_en_parte: 'FUNDADO EN PARTE',
  infundado: 'INFUNDADO',
  improcedente: 'IMPROCEDENTE',
};

export interface NoticeFile {
  readonly bytes: Buffer;
  readonly filename: string;
}

/** What every notice of one act shares: the act, who issued it, the municipality's texts. */
interface Issuer {
  context: ResolutionContext;
  timeZone: string;
  entityName: string;
  yearName: (year: number) => string | null;
  place: string;
  closingFormula: string;
  filingPlace: string;
  hours: string;
  issuingUnit: string;
  superiorUnit: string;
  verification: { url: string; code: string } | null;
}

/**
 * The cédulas de notificación (D6; TUO Art. 24.1): one per addressee of a signed act of particular
 * scope, and one per decision on a remedy, rendered from the act as it stands (same act, same bytes).
 * They are not stored: the signed act's document is (D16), and the service is proved by the cargo.
 */
@Injectable()
export class ResolutionNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: WorkflowEngine,
    private readonly signing: ResolutionSigning,
    private readonly directory: OrgDirectory,
    private readonly renderer: DocumentRenderer,
  ) {}

  /** The cédula of the act for one addressee (their position in `addressees`). */
  async forAddressee(municipalityId: string, id: string, index: number): Promise<NoticeFile> {
    const issuer = await this.issuer(municipalityId, id);
    const { context } = issuer;
    const addressee = context.addressees[index];
    if (!addressee || context.scope !== 'particular' || !context.signedAt || !context.number)
      throw new NotFoundError('La cédula de notificación');
    const issuedAt = new Date(context.signedAt);
    const bytes = await this.renderer.notice({
      ...this.common(issuer, issuedAt),
      subject: 'acto',
      addressee,
      decision: null,
      route: routeOfAct(context, issuer),
      remedies: [
        reconsideration(context, issuer),
        ...(appealable(context) ? [appeal(context, issuer)] : []),
      ],
      term: termText(context),
    });
    return { bytes, filename: `cedula-${slug(context.number)}-${index + 1}.pdf` };
  }

  /** The cédula of the decision on a remedy (its position in `remedies`): the term to appeal runs from it. */
  async forDecision(municipalityId: string, id: string, index: number): Promise<NoticeFile> {
    const issuer = await this.issuer(municipalityId, id);
    const { context } = issuer;
    const remedy: Remedy | undefined = context.remedies?.[index];
    // Version 1 remedies have no filer: their decisions were not served through Despacho.
    if (
      !remedy ||
      !remedy.filedBy ||
      remedy.outcome === null ||
      remedy.outcome === 'fundado' ||
      !remedy.resolvedAt ||
      !context.number
    )
      throw new NotFoundError('La cédula de notificación de esa decisión');
    const issuedAt = new Date(remedy.resolvedAt);
    const filer = remedy.filedBy.addressee;
    const addressee = (filer !== null ? context.addressees[filer] : undefined) ?? {
      name: remedy.filedBy.name,
      documentId: null,
      email: null,
    };
    const appealLeft =
      remedy.kind === 'reconsideracion' &&
      appealable(context) &&
      !context.remedies.some((r) => r.party === remedy.party && r.kind === 'apelacion');
    const bytes = await this.renderer.notice({
      ...this.common(issuer, issuedAt),
      subject: 'decision',
      addressee,
      decision: {
        remedy: `Recurso de ${remedy.kind === 'apelacion' ? 'apelación' : 'reconsideración'} presentado el ${spanishLongDate(remedy.filedOn)} por ${remedy.filedBy.name}`,
        outcome: OUTCOMES[remedy.outcome] ?? remedy.outcome.toUpperCase(),
        instrument: remedy.instrument,
        modification: remedy.modification,
        date: civilDateAt(issuedAt, issuer.timeZone),
        authority:
          remedy.resolverRole === 'ALCALDE'
            ? `la ${issuer.superiorUnit}`
            : (context.signature?.post ?? issuer.issuingUnit),
      },
      route: appealLeft
        ? {
            exhausts: false,
            text: `La decisión no agota la vía administrativa: puede apelarse. El plazo para apelar corre desde esta notificación, no desde la fecha de la decisión (Art. 144 y 218.2).${remedy.outcome === 'fundado_en_parte' ? ' El acto subsiste en lo que no fue modificado.' : ''}`,
          }
        : {
            exhausts: true,
            text: 'Con esta decisión queda agotada la vía administrativa (Art. 228.2): lo resuelto solo puede impugnarse en el proceso contencioso-administrativo.',
          },
      remedies: appealLeft ? [appeal(context, issuer)] : [],
      term: termText(context),
    });
    return { bytes, filename: `cedula-decision-${slug(context.number)}-${index + 1}.pdf` };
  }

  private common(
    issuer: Issuer,
    issuedAt: Date,
  ): Pick<
    NoticeDocumentInput,
    'entityName' | 'yearName' | 'place' | 'date' | 'act' | 'filing' | 'verification' | 'issuedAt'
  > {
    const { context } = issuer;
    const date = civilDateAt(issuedAt, issuer.timeZone);
    const signedOn = civilDateAt(new Date(context.signedAt ?? issuedAt), issuer.timeZone);
    return {
      entityName: issuer.entityName,
      yearName: issuer.yearName(Number(date.slice(0, 4))),
      place: issuer.place,
      date,
      act: {
        number: context.number ?? '',
        date: signedOn,
        subject: context.subject,
        vistos: context.vistos,
        considerandos: context.considerandos,
        articles: context.articles,
        closingFormula: issuer.closingFormula,
        signer: {
          name: context.signature?.name ?? '',
          post: context.signature?.post ?? '',
          mention: context.signature?.mention ?? null,
        },
      },
      filing: { place: issuer.filingPlace, hours: issuer.hours },
      verification: issuer.verification,
      issuedAt,
    };
  }

  private async issuer(municipalityId: string, id: string): Promise<Issuer> {
    const row = await this.engine.find(RESOLUTIONS, id, municipalityId);
    const context = row.context as unknown as ResolutionContext;
    const manager = this.dataSource.manager;
    const [municipality, units] = await Promise.all([
      this.directory.municipality(manager, municipalityId),
      this.directory.units(manager, municipalityId),
    ]);
    const profile = this.signing.profileOf(municipality.code);
    const settings = this.signing.settingsOf(municipality.code);
    const { opens, closes } = settings.remedies.officeHours;
    // Unit names are the profile's (the database keeps their codes).
    const nameOf = (unitId: string | null) => {
      const code = units.find((u) => u.id === unitId)?.code;
      return profile.units.find((u) => u.code === code)?.name ?? null;
    };
    return {
      context,
      timeZone: municipality.timeZone,
      entityName: municipality.name,
      yearName: (year) => profile.yearNames[String(year)] ?? null,
      place: profile.place,
      closingFormula: settings.closingFormula,
      filingPlace: settings.remedies.filingPlace,
      hours: `Horario de atención: de ${opens} a ${closes} horas, en días hábiles. Lo presentado después de la hora de cierre, o en un día inhábil, se tiene por presentado el día hábil siguiente (Art. 149).`,
      issuingUnit: nameOf(context.issuingUnitId) ?? 'Gerencia Municipal',
      superiorUnit:
        nameOf(context.superiorUnitId) ??
        nameOf(units.find((u) => u.kind === UnitKind.alcaldia)?.id ?? null) ??
        'Alcaldía',
      verification: context.verificationCode
        ? {
            url: this.signing.verificationUrl(context.verificationCode),
            code: context.verificationCode,
          }
        : null,
    };
  }
}

/** Art. 24.1.2, 228.2: does the act exhaust the administrative route? */
function routeOfAct(context: ResolutionContext, issuer: Issuer): NoticeDocumentInput['route'] {
  if (appealable(context))
    return {
      exhausts: false,
      text: `Este acto no agota la vía administrativa: puede impugnarse ante la misma autoridad (reconsideración) o ante la ${issuer.superiorUnit}, su superior jerárquico (apelación).`,
    };
  // Why, as the refusal of an apelación says it: with the profile's basis for a delegated act (D10).
  const route = administrativeRoute(context);
  const why = route.exhausted ? route.why : 'no procede apelación';
  return {
    exhausts: true,
    text: `Este acto agota la vía administrativa (TUO, Art. 228.2 a): ${why}. Procede, si se desea, el recurso de reconsideración ante la misma autoridad (Art. 219); no interponerlo no impide acudir al proceso contencioso-administrativo.`,
  };
}

function reconsideration(
  context: ResolutionContext,
  issuer: Issuer,
): NoticeDocumentInput['remedies'][number] {
  const authority = context.signature?.post ?? issuer.issuingUnit;
  return {
    name: 'Recurso de reconsideración',
    text: `se interpone ante la ${issuer.issuingUnit}, órgano que emitió el acto (${authority}), y se sustenta en nueva prueba. Es opcional: no interponerlo no impide apelar (Art. 219).`,
  };
}

function appeal(
  context: ResolutionContext,
  issuer: Issuer,
): NoticeDocumentInput['remedies'][number] {
  const authority = context.signature?.post ?? issuer.issuingUnit;
  return {
    name: 'Recurso de apelación',
    text: `se presenta ante la ${issuer.issuingUnit}, que emitió el acto (${authority}), para que eleve lo actuado a la ${issuer.superiorUnit}, superior jerárquico que lo resuelve; se sustenta en una diferente interpretación de las pruebas producidas o en cuestiones de puro derecho (Art. 220).`,
  };
}

/** Art. 218.2, 144, 199.3: how long, from when, and what happens if it is not resolved. */
function termText(context: ResolutionContext): string {
  const { remedyFiling, remedyResolution } = context.terms;
  return `${remedyFiling} días hábiles perentorios (Art. 218.2), contados desde el día hábil siguiente a aquel en que surta efecto esta notificación, sea cual sea el día en que se practique (Art. 144). Vencido el plazo sin recurso, el acto queda firme (Art. 222). El recurso se resuelve en ${remedyResolution} días hábiles desde su presentación; si no se resuelve, puede considerarse denegado e interponerse el recurso siguiente (silencio administrativo negativo, Art. 199.3).`;
}

/** 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM' → '0001-2026-MML-GMM'. */
function slug(number: string): string {
  const tail = /N[°º]\s*(.+)$/.exec(number)?.[1] ?? number;
  return tail
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
