import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ROLES } from '#org';
import { NOTIFICATION_CHANNELS, REMEDY_KINDS, REMEDY_OUTCOMES, SCOPES } from './resolution.dto.js';

/**
 * What a resolution's resource shows besides the kernel's fields (`present` in
 * resolutions.definition.ts), for the OpenAPI document only. Every field is always there; what
 * has not happened yet is null (or an empty list). Instances created before machine version 2
 * (v1/resolutions.definition.v1.ts) keep their own shape: no `windows`, `pending`, `notices` nor
 * `firmProvisionalUntil`, and notifications and remedies as version 1 recorded them (the
 * `…V1Dto` alternatives).
 */

const SHA256 = { pattern: '^[0-9a-f]{64}$', description: 'SHA-256 en hexadecimal' } as const;
const CIVIL_DATE = { format: 'date' } as const;
const INSTANT = { format: 'date-time' } as const;
const UUID = { format: 'uuid' } as const;

const SIGNATURE_MODES = ['propia', 'encargatura', 'delegacion_firma', 'delegacion_competencia'];
const RETURN_STATES = ['legal_review', 'visas', 'ready_to_sign'];
const LINK_TYPES = [
  'rectifica_a',
  'rectificada_por',
  'anulada_por',
  'modificada_por',
  'revocada_por',
];
const REVIEW_KINDS = ['nulidad', 'revocacion'];
const REVIEW_OUTCOMES = ['declarada', 'declarada_en_parte', 'revocada', 'desestimada'];
const REVOCATION_CAUSE_VALUES = ['214.1.1', '214.1.2', '214.1.3'];
/** Present once a review was started (D9). */
const REVIEW_ONLY = 'Aparece cuando se inició una nulidad de oficio o una revocación (D9).';
/** How a service took effect: a channel, or `tacita` (TUO Art. 27.2: the party filed first). */
const SERVICE_CHANNELS = [...NOTIFICATION_CHANNELS, 'tacita'];
const WINDOW_STATUSES = ['open', 'remedied', 'awaiting_notice', 'firm'];
const RESOLVER_ROLES = ['GERENTE_MUNICIPAL', 'ALCALDE'];
/** Present only in instances of machine version 2. */
const V2_ONLY = 'No aparece en los expedientes de la versión 1 del flujo.';

/** The file of another kind whose approval drafted the act (e.g. a budget modification request). */
export class ResolutionOriginDto {
  @ApiProperty({ description: 'Tipo de expediente', example: 'budget-modifications' })
  kind!: string;
  @ApiProperty(UUID) id!: string;
  @ApiProperty({ example: 'Modificación presupuestaria de la Gerencia de Desarrollo Urbano' })
  label!: string;
}

export class ResolutionAddresseeDto {
  @ApiProperty({ example: 'Constructora Los Andes S.A.C.' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: '20512345678' })
  documentId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'mesadepartes@losandes.pe' })
  email!: string | null;
}

export class LegalOpinionRecordDto {
  @ApiProperty() favorable!: boolean;
  @ApiProperty({ example: 'Informe N° 455-2026-MML/GAJ' }) reportRef!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Motivos (si es desfavorable)' })
  reasons!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class ResolutionVisaDto {
  @ApiProperty({ ...UUID, description: 'Unidad que visó' }) unitId!: string;
  @ApiProperty({ ...UUID, description: 'Quién visó' }) userId!: string;
  @ApiProperty({ ...SHA256, description: 'SHA-256 del contenido visado (D14)' })
  contentHash!: string;
  @ApiProperty(INSTANT) at!: string;
}

export class ResolutionReturnDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: RETURN_STATES, description: 'Estado desde el que se devolvió' })
  from!: string;
  @ApiProperty({ type: String, ...UUID, nullable: true, description: 'Unidad que devolvió' })
  unitId!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class DelegatedActsAppealDto {
  @ApiProperty({ description: 'Si cabe apelación ante el Alcalde' }) allowed!: boolean;
  @ApiProperty({
    description: 'Base legal que da el perfil (delegations.appealAgainstDelegatedActs)',
  })
  basis!: string;
}

export class ResolutionSignatureDto {
  @ApiProperty(UUID) userId!: string;
  @ApiProperty({ description: 'Nombre de quien firmó' }) name!: string;
  @ApiProperty({ description: 'Cargo como se imprime; "(e)" en una encargatura' }) post!: string;
  @ApiProperty({ enum: SIGNATURE_MODES }) mode!: string;
  @ApiProperty({ type: String, ...UUID, nullable: true }) delegationId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Instrumento de la delegación' })
  instrument!: string | null;
  @ApiProperty({ type: String, enum: ROLES, nullable: true }) delegatorRole!: string | null;
  @ApiProperty({ type: String, nullable: true }) delegatorPost!: string | null;
  @ApiProperty({
    type: DelegatedActsAppealDto,
    nullable: true,
    required: false,
    description:
      'Firmada por delegación de competencia del Alcalde: si el perfil admitía apelación contra lo así resuelto, como estaba al firmar (D10); null en las demás. No aparece en los actos firmados antes de esa regla (no cabe apelación).',
  })
  delegatedActsAppeal?: DelegatedActsAppealDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Línea bajo el cargo, p. ej. «Por delegación de firma del Gerente Municipal (…)»',
  })
  mention!: string | null;
}

/** The service of the act, or of a decision on a remedy, to one person (TUO Art. 18, 20–25). */
export class ServiceRecordDto {
  @ApiProperty({
    enum: SERVICE_CHANNELS,
    description: 'Medio; tacita: la parte recurrió antes de ser notificada (TUO Art. 27.2)',
  })
  channel!: string;
  @ApiProperty({
    ...INSTANT,
    description: 'Cuándo surtió efecto (cargo o acuse de recibo, Art. 25)',
  })
  servedAt!: string;
  @ApiProperty({
    ...CIVIL_DATE,
    description:
      'Su fecha en la municipalidad: el plazo corre desde el día hábil siguiente (Art. 144)',
  })
  servedOn!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Cargo o acuse, como se registró' })
  receipt!: string | null;
  @ApiProperty({ ...INSTANT, description: 'Cuándo se registró en Despacho' }) at!: string;
}

export class ResolutionNotificationDto extends ServiceRecordDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Posición del destinatario' })
  addressee!: number;
  @ApiProperty() name!: string;
}

/** A notification as machine version 1 recorded it: served when registered. */
export class ResolutionNotificationV1Dto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Posición del destinatario' })
  addressee!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: NOTIFICATION_CHANNELS }) channel!: string;
  @ApiProperty({ ...INSTANT, description: 'Cuándo se registró (versión 1 del flujo)' }) at!: string;
}

export class ResolutionPublicationDto {
  @ApiProperty({ example: 'Diario Oficial El Peruano' }) gazette!: string;
  @ApiProperty({ ...CIVIL_DATE, description: 'Fecha de publicación' }) date!: string;
  @ApiProperty({ ...CIVIL_DATE, description: 'Vigente desde (el día siguiente)' })
  inForceFrom!: string;
}

/** One party's term to file a remedy (TUO Art. 218.2), as the kernel obligation `interposicion_recursos`. */
export class RemedyWindowDto {
  @ApiProperty({
    description:
      'Clave de la obligación: la posición del destinatario, o «publicacion» para el plazo único de un acto general',
    example: '0',
  })
  key!: string;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    nullable: true,
    description: 'Posición del destinatario; null en el plazo de la publicación',
  })
  addressee!: number | null;
  @ApiProperty({
    enum: WINDOW_STATUSES,
    description:
      'open: corre; remedied: se recurrió desde él; awaiting_notice: se decidió la reconsideración y el plazo para apelar corre desde que se notifique la decisión; firm: el acto quedó firme para esa parte',
  })
  status!: string;
  @ApiProperty({
    ...CIVIL_DATE,
    description: 'Día de la notificación, publicación o notificación de la decisión',
  })
  servedOn!: string;
  @ApiProperty({
    type: String,
    ...CIVIL_DATE,
    nullable: true,
    description: 'Último día, cuando venció',
  })
  dueOn!: string | null;
  @ApiProperty({
    type: String,
    ...INSTANT,
    nullable: true,
    description:
      'Firme para esa parte (Art. 222): fin del último día, o la decisión que agotó los recursos',
  })
  firmAt!: string | null;
  @ApiProperty({
    type: String,
    ...INSTANT,
    nullable: true,
    description:
      'Hasta cuándo se puede registrar un recurso presentado a tiempo (gracia de registro del perfil), revirtiendo la firmeza; null si es definitiva',
  })
  firmProvisionalUntil!: string | null;
}

export class RemedyFilerDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    nullable: true,
    description: 'Posición del destinatario que recurre; null contra un acto general',
  })
  addressee!: number | null;
  @ApiProperty({ example: 'Constructora Los Andes S.A.C.' }) name!: string;
}

/** A remedy (machine version 2): a party's, from its own window. */
export class RemedyRecordDto {
  @ApiProperty({ enum: REMEDY_KINDS }) kind!: string;
  @ApiProperty({ description: 'El plazo del que viene (clave de windows[])', example: '0' })
  party!: string;
  @ApiProperty({ type: RemedyFilerDto, description: 'Quién lo interpuso' })
  filedBy!: RemedyFilerDto;
  @ApiProperty({ ...INSTANT, description: 'Fecha y hora de presentación en mesa de partes' })
  filedAt!: string;
  @ApiProperty({
    ...CIVIL_DATE,
    description: 'Día hábil en que se tiene por presentado (horario de atención, Art. 149)',
  })
  filedOn!: string;
  @ApiProperty({ ...INSTANT, description: 'Cuándo se registró' }) registeredAt!: string;
  @ApiProperty({ enum: RESOLVER_ROLES, description: 'Quién lo resuelve' })
  resolverRole!: string;
  @ApiProperty({ type: String, enum: REMEDY_OUTCOMES, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: String, ...INSTANT, nullable: true }) resolvedAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'El acto que lo decide, si se registró su número',
  })
  instrument!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Fundado en parte: lo que la decisión modifica del acto',
  })
  modification!: string | null;
  @ApiProperty({ description: 'Pasaron 30 días hábiles sin resolverse (silencio negativo)' })
  negativeSilence!: boolean;
  @ApiProperty({
    type: String,
    ...CIVIL_DATE,
    nullable: true,
    description: 'Último día del plazo para resolverlo, cuando pasó sin decisión',
  })
  resolutionDueOn!: string | null;
  @ApiProperty({
    type: String,
    ...INSTANT,
    nullable: true,
    description: 'Reconsideración cerrada porque la parte apeló tras el silencio (Art. 199.4)',
  })
  closedBySilenceAt!: string | null;
  @ApiProperty({
    type: ServiceRecordDto,
    nullable: true,
    description: 'Notificación de la decisión a la parte: desde ella corre el plazo para apelar',
  })
  decisionNotice!: ServiceRecordDto | null;
  @ApiProperty({
    type: String,
    ...INSTANT,
    nullable: true,
    description: 'Presentado a tiempo y registrado tras el vencimiento: la firmeza que revirtió',
  })
  reversedFirmAt!: string | null;
}

/** A remedy already decided or closed, with its cédula. */
export class DecidedRemedyDto extends RemedyRecordDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Ruta de la cédula de notificación de la decisión (PDF); null si no está decidido o fue fundado',
    example: '/api/v1/resolutions/6f1c…/remedies/0/notice',
  })
  noticeUrl!: string | null;
}

/** A remedy as machine version 1 recorded it: one per act, filed on a date. */
export class RemedyRecordV1Dto {
  @ApiProperty({ enum: REMEDY_KINDS }) kind!: string;
  @ApiProperty({ ...CIVIL_DATE, description: 'Fecha de presentación (versión 1 del flujo)' })
  filedAt!: string;
  @ApiProperty({ ...INSTANT, description: 'Cuándo se registró' }) registeredAt!: string;
  @ApiProperty({ enum: RESOLVER_ROLES, description: 'Quién lo resuelve' })
  resolverRole!: string;
  @ApiProperty({ type: String, enum: ['fundado', 'infundado', 'improcedente'], nullable: true })
  outcome!: string | null;
  @ApiProperty({ type: String, ...INSTANT, nullable: true }) resolvedAt!: string | null;
  @ApiProperty({ description: 'Pasaron 30 días hábiles sin resolverse (silencio negativo)' })
  negativeSilence!: boolean;
}

/** Where the cédula de notificación of an addressee is (TUO Art. 24.1). */
export class ResolutionNoticeLinkDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Posición del destinatario' })
  addressee!: number;
  @ApiProperty() name!: string;
  @ApiProperty({
    description: 'Ruta de la cédula (PDF)',
    example: '/api/v1/resolutions/6f1c…/notices/0',
  })
  url!: string;
}

export class AnnulmentDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Acto que declara la nulidad' })
  instrument!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

/** Descargos a party filed during its traslado (D9). */
export class HearingArgumentDto {
  @ApiProperty() summary!: string;
  @ApiProperty({ ...INSTANT, description: 'Presentación en la mesa de partes' }) filedAt!: string;
  @ApiProperty({ ...INSTANT, description: 'Cuándo se registró en Despacho' }) at!: string;
}

/** The traslado to one favoured party (Art. 213.2, 214.2). */
export class HearingDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Posición del destinatario' })
  addressee!: number;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: ServiceRecordDto,
    nullable: true,
    description: 'La notificación del traslado; null si aún no se notificó',
  })
  notice!: ServiceRecordDto | null;
  @ApiProperty({
    type: String,
    ...CIVIL_DATE,
    nullable: true,
    description: 'Último día del plazo, una vez vencido',
  })
  dueOn!: string | null;
  @ApiProperty({ type: String, ...INSTANT, nullable: true, description: 'Cuándo venció' })
  lapsedAt!: string | null;
  @ApiProperty({ type: [HearingArgumentDto] }) arguments!: HearingArgumentDto[];
}

/** A nulidad de oficio (Art. 213) or a revocación (Art. 214) of the act, by the Alcalde (D9). */
export class ReviewDto {
  @ApiProperty({ enum: REVIEW_KINDS }) kind!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'La causal (Art. 10) o los fundamentos de la revocación' })
  grounds!: string;
  @ApiProperty({
    type: String,
    enum: REVOCATION_CAUSE_VALUES,
    nullable: true,
    description: 'Causa de la revocación (Art. 214.1); null en una nulidad',
  })
  cause!: string | null;
  @ApiProperty(INSTANT) startedAt!: string;
  @ApiProperty({ description: 'Estado del acto cuando se inició' }) from!: string;
  @ApiProperty({
    type: [HearingDto],
    description: 'Un traslado por destinatario de un acto de alcance particular',
  })
  hearings!: HearingDto[];
  @ApiProperty({ type: String, enum: REVIEW_OUTCOMES, nullable: true }) outcome!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Número del acto del Alcalde que decide',
  })
  instrument!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Parte anulada (nulidad parcial, Art. 13.2)',
  })
  part!: string | null;
  @ApiProperty({ type: String, ...INSTANT, nullable: true }) decidedAt!: string | null;
}

/** The revocación declared (Art. 214): effects from then on. */
export class RevocationDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: REVOCATION_CAUSE_VALUES }) cause!: string;
  @ApiProperty({ description: 'Acto que declara la revocación' }) instrument!: string;
  @ApiProperty(INSTANT) at!: string;
}

export class WithdrawalDto {
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class ResolutionLinkDto {
  @ApiProperty({ enum: LINK_TYPES }) type!: string;
  @ApiProperty({
    type: String,
    ...UUID,
    nullable: true,
    description: 'La resolución vinculada en Despacho; null si es externa',
  })
  resolutionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

@ApiExtraModels(
  ResolutionNotificationDto,
  ResolutionNotificationV1Dto,
  RemedyRecordDto,
  DecidedRemedyDto,
  RemedyRecordV1Dto,
)
export class ResolutionFieldsDto {
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: SCOPES, description: 'particular: se notifica; general: se publica' })
  scope!: string;
  @ApiProperty() hasBudgetImpact!: boolean;
  @ApiProperty({ type: [String] }) vistos!: string[];
  @ApiProperty({ type: [String] }) considerandos!: string[];
  @ApiProperty({ type: [String] }) articles!: string[];
  @ApiProperty({ type: [ResolutionAddresseeDto] }) addressees!: ResolutionAddresseeDto[];
  @ApiProperty({ ...UUID, description: 'Unidad que elaboró el proyecto' }) originUnitId!: string;
  @ApiProperty({ ...SHA256, description: 'SHA-256 del contenido vigente: lo que aprueba una visa' })
  contentHash!: string;
  @ApiProperty({ type: LegalOpinionRecordDto, nullable: true })
  legalOpinion!: LegalOpinionRecordDto | null;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Unidades que aún deben visar' })
  pendingVisas!: string[];
  @ApiProperty({ type: [ResolutionVisaDto] }) visas!: ResolutionVisaDto[];
  @ApiProperty({
    type: [ResolutionVisaDto],
    description: 'Visas anuladas por una edición o devolución',
  })
  voidedVisas!: ResolutionVisaDto[];
  @ApiProperty({ type: [ResolutionReturnDto] }) returns!: ResolutionReturnDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Número de la resolución, desde la firma',
    example: 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM',
  })
  number!: string | null;
  @ApiProperty({ type: 'integer', minimum: 1, nullable: true, description: 'Correlativo del año' })
  sequence!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Año del registro' })
  year!: number | null;
  @ApiProperty({ type: String, ...INSTANT, nullable: true }) signedAt!: string | null;
  @ApiProperty({ type: ResolutionSignatureDto, nullable: true })
  signature!: ResolutionSignatureDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Clave de verificación pública (GET /api/v1/public/verify/{code})',
  })
  verificationCode!: string | null;
  @ApiProperty({ type: String, ...SHA256, nullable: true, description: 'SHA-256 del PDF firmado' })
  documentSha256!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Ruta del PDF firmado, desde la firma',
    example: '/api/v1/resolutions/6f1c…/document',
  })
  documentUrl!: string | null;
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(ResolutionNotificationDto) },
        { $ref: getSchemaPath(ResolutionNotificationV1Dto) },
      ],
    },
    description: 'Notificaciones a cada destinatario (alcance particular)',
  })
  notifications!: (ResolutionNotificationDto | ResolutionNotificationV1Dto)[];
  @ApiProperty({ type: String, ...INSTANT, nullable: true, description: 'Última notificación' })
  notifiedAt!: string | null;
  @ApiProperty({ type: ResolutionPublicationDto, nullable: true })
  publication!: ResolutionPublicationDto | null;
  @ApiProperty({
    type: [RemedyWindowDto],
    required: false,
    description: `El plazo de cada parte para recurrir, en el orden en que se abrieron (D7). ${V2_ONLY}`,
  })
  windows?: RemedyWindowDto[];
  @ApiProperty({
    type: [RemedyRecordDto],
    required: false,
    description: `Recursos en trámite, uno por parte como máximo, el más antiguo primero. ${V2_ONLY}`,
  })
  pending?: RemedyRecordDto[];
  @ApiProperty({
    nullable: true,
    oneOf: [{ $ref: getSchemaPath(RemedyRecordDto) }, { $ref: getSchemaPath(RemedyRecordV1Dto) }],
    description: 'El último recurso interpuesto o decidido',
  })
  remedy!: RemedyRecordDto | RemedyRecordV1Dto | null;
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(DecidedRemedyDto) },
        { $ref: getSchemaPath(RemedyRecordV1Dto) },
      ],
    },
    description: 'Recursos ya resueltos o cerrados, el más antiguo primero',
  })
  remedies!: (DecidedRemedyDto | RemedyRecordV1Dto)[];
  @ApiProperty({
    type: [ResolutionNoticeLinkDto],
    required: false,
    description: `Las cédulas de notificación de cada destinatario, desde la firma (alcance particular). ${V2_ONLY}`,
  })
  notices?: ResolutionNoticeLinkDto[];
  @ApiProperty({
    type: String,
    ...INSTANT,
    nullable: true,
    description: 'Cuándo quedó firme para todas las partes (Art. 222)',
  })
  firmAt!: string | null;
  @ApiProperty({
    type: String,
    ...INSTANT,
    nullable: true,
    required: false,
    description: `Hasta cuándo la firmeza es provisional (gracia de registro de un recurso presentado a tiempo); null si es definitiva. ${V2_ONLY}`,
  })
  firmProvisionalUntil?: string | null;
  @ApiProperty({ type: AnnulmentDto, nullable: true }) annulment!: AnnulmentDto | null;
  @ApiProperty({
    type: ReviewDto,
    nullable: true,
    required: false,
    description: `La nulidad de oficio o revocación en trámite o la última decidida. ${REVIEW_ONLY}`,
  })
  review?: ReviewDto | null;
  @ApiProperty({
    type: [ReviewDto],
    required: false,
    description: `Las revisiones decididas, la más antigua primero. ${REVIEW_ONLY}`,
  })
  reviews?: ReviewDto[];
  @ApiProperty({
    type: RevocationDto,
    nullable: true,
    required: false,
    description: `La revocación declarada (Art. 214). ${REVIEW_ONLY}`,
  })
  revocation?: RevocationDto | null;
  @ApiProperty({ type: WithdrawalDto, nullable: true }) withdrawal!: WithdrawalDto | null;
  @ApiProperty({ type: [ResolutionLinkDto] }) links!: ResolutionLinkDto[];
  @ApiProperty({
    type: String,
    ...UUID,
    nullable: true,
    description: 'La resolución que este proyecto rectifica (D8)',
  })
  rectifies!: string | null;
  @ApiProperty({
    type: ResolutionOriginDto,
    nullable: true,
    description:
      'El expediente cuya aprobación generó este proyecto (p. ej. una modificación presupuestaria)',
  })
  origin!: ResolutionOriginDto | null;
}

/**
 * What each item of a list of resolutions shows besides the kernel's summary (`summary` in
 * resolutions.definition.ts): never the articles, the grounds nor the record of what happened.
 */
export class ResolutionSummaryDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Número de la resolución, desde la firma',
    example: 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM',
  })
  number!: string | null;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: SCOPES, description: 'particular: se notifica; general: se publica' })
  scope!: string;
  @ApiProperty({ ...UUID, description: 'Unidad que elaboró el proyecto' }) originUnitId!: string;
  @ApiProperty({ type: String, ...INSTANT, nullable: true }) signedAt!: string | null;
  @ApiProperty({
    type: ResolutionOriginDto,
    nullable: true,
    description: 'El expediente cuya aprobación generó este proyecto',
  })
  origin!: ResolutionOriginDto | null;
}
