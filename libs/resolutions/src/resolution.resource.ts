import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '#org';
import { NOTIFICATION_CHANNELS, REMEDY_KINDS, REMEDY_OUTCOMES, SCOPES } from './resolution.dto.js';

/**
 * What a resolution's resource shows besides the kernel's fields (`present` in
 * resolutions.definition.ts), for the OpenAPI document only. Every field is always there; what
 * has not happened yet is null (or an empty list).
 */

const SHA256 = { pattern: '^[0-9a-f]{64}$', description: 'SHA-256 en hexadecimal' } as const;
const CIVIL_DATE = { format: 'date' } as const;
const INSTANT = { format: 'date-time' } as const;
const UUID = { format: 'uuid' } as const;

const SIGNATURE_MODES = ['propia', 'encargatura', 'delegacion_firma', 'delegacion_competencia'];
const RETURN_STATES = ['legal_review', 'visas', 'ready_to_sign'];
const LINK_TYPES = ['rectifica_a', 'rectificada_por', 'anulada_por'];

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
    type: String,
    nullable: true,
    description: 'Línea bajo el cargo, p. ej. «Por delegación de firma del Gerente Municipal (…)»',
  })
  mention!: string | null;
}

export class ResolutionNotificationDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Posición del destinatario' })
  addressee!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: NOTIFICATION_CHANNELS }) channel!: string;
  @ApiProperty(INSTANT) at!: string;
}

export class ResolutionPublicationDto {
  @ApiProperty({ example: 'Diario Oficial El Peruano' }) gazette!: string;
  @ApiProperty({ ...CIVIL_DATE, description: 'Fecha de publicación' }) date!: string;
  @ApiProperty({ ...CIVIL_DATE, description: 'Vigente desde (el día siguiente)' })
  inForceFrom!: string;
}

export class RemedyRecordDto {
  @ApiProperty({ enum: REMEDY_KINDS }) kind!: string;
  @ApiProperty({ ...CIVIL_DATE, description: 'Fecha de presentación' }) filedAt!: string;
  @ApiProperty({ ...INSTANT, description: 'Cuándo se registró' }) registeredAt!: string;
  @ApiProperty({ enum: ['GERENTE_MUNICIPAL', 'ALCALDE'], description: 'Quién lo resuelve' })
  resolverRole!: string;
  @ApiProperty({ type: String, enum: REMEDY_OUTCOMES, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: String, ...INSTANT, nullable: true }) resolvedAt!: string | null;
  @ApiProperty({ description: 'Pasaron 30 días hábiles sin resolverse (silencio negativo)' })
  negativeSilence!: boolean;
}

export class AnnulmentDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Acto que declara la nulidad' })
  instrument!: string | null;
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
  @ApiProperty({ type: [ResolutionNotificationDto] })
  notifications!: ResolutionNotificationDto[];
  @ApiProperty({ type: String, ...INSTANT, nullable: true, description: 'Última notificación' })
  notifiedAt!: string | null;
  @ApiProperty({ type: ResolutionPublicationDto, nullable: true })
  publication!: ResolutionPublicationDto | null;
  @ApiProperty({
    type: RemedyRecordDto,
    nullable: true,
    description: 'El recurso en trámite o el último',
  })
  remedy!: RemedyRecordDto | null;
  @ApiProperty({
    type: [RemedyRecordDto],
    description: 'Recursos ya resueltos, el más antiguo primero',
  })
  remedies!: RemedyRecordDto[];
  @ApiProperty({ type: String, ...INSTANT, nullable: true, description: 'Cuándo quedó firme' })
  firmAt!: string | null;
  @ApiProperty({ type: AnnulmentDto, nullable: true }) annulment!: AnnulmentDto | null;
  @ApiProperty({ type: WithdrawalDto, nullable: true }) withdrawal!: WithdrawalDto | null;
  @ApiProperty({ type: [ResolutionLinkDto] }) links!: ResolutionLinkDto[];
  @ApiProperty({
    type: String,
    ...UUID,
    nullable: true,
    description: 'La resolución que este proyecto rectifica (D8)',
  })
  rectifies!: string | null;
}
