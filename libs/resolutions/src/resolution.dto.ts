import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate, IsZonedInstant } from '#calendar';
import {
  type NotificationChannel,
  type RemedyKind,
  type RemedyOutcome,
  REVOCATION_CAUSES,
  type RevocationCause,
} from './resolution.machine.js';

export const SCOPES = ['particular', 'general'] as const;
export const NOTIFICATION_CHANNELS = [
  'personal',
  'email',
  'casilla',
] as const satisfies readonly NotificationChannel[];
export const REMEDY_KINDS = [
  'reconsideracion',
  'apelacion',
] as const satisfies readonly RemedyKind[];
export const REMEDY_OUTCOMES = [
  'fundado',
  'fundado_en_parte',
  'infundado',
  'improcedente',
] as const satisfies readonly RemedyOutcome[];

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
const trimEach = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

/** Paragraph lists: each item a non-empty text. */
const Paragraphs = (min: number, max: number, maxLength: number) => {
  const decorators = [
    Transform(trimEach),
    IsArray(),
    ArrayMinSize(min),
    ArrayMaxSize(max),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(maxLength, { each: true }),
  ];
  return (target: object, key: string) => decorators.forEach((d) => d(target, key));
};

export class AddresseeDto {
  @ApiProperty({ example: 'Constructora Los Andes S.A.C.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: '20512345678', description: 'DNI, RUC o carné de extranjería' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(8)
  @MaxLength(20)
  documentId?: string;

  @ApiPropertyOptional({ example: 'mesadepartes@losandes.pe' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;
}

export class CreateResolutionDto {
  @ApiProperty({ example: 'Aprobar la ampliación de plazo de la obra del mercado de Chacra Cerro' })
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  subject!: string;

  @ApiProperty({ enum: SCOPES, description: 'particular: se notifica; general: se publica (D15)' })
  @IsIn(SCOPES)
  scope!: (typeof SCOPES)[number];

  @ApiProperty({ description: 'Si compromete presupuesto: requiere visación de presupuesto (D14)' })
  @IsBoolean()
  hasBudgetImpact!: boolean;

  @ApiProperty({ type: [String], example: ['Informe N° 120-2026-MML/GDU de fecha 20/11/2026'] })
  @Paragraphs(0, 50, 2000)
  vistos!: string[];

  @ApiProperty({ type: [String], example: ['Que, el artículo 194 de la Constitución Política…'] })
  @Paragraphs(1, 100, 5000)
  considerandos!: string[];

  @ApiProperty({ type: [String], example: ['APROBAR la ampliación de plazo N° 2 …'] })
  @Paragraphs(1, 50, 5000)
  articles!: string[];

  @ApiProperty({ type: [AddresseeDto] })
  @IsArray()
  @ArrayMaxSize(50)
  // ValidateNested lets a nested array ([[]]) through: each item must be an object.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AddresseeDto)
  addressees!: AddresseeDto[];
}

/** EDIT: one or more of the content fields; the rest stay as they are. Voids the visas (D14). */
export class EditResolutionDto {
  @ApiPropertyOptional()
  // Absent: unchanged. Present (even null): validated, so null is refused.
  @ValidateIf((o: EditResolutionDto) => o.subject !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  subject?: string;

  @ApiPropertyOptional({ enum: SCOPES })
  @ValidateIf((o: EditResolutionDto) => o.scope !== undefined)
  @IsIn(SCOPES)
  scope?: (typeof SCOPES)[number];

  @ApiPropertyOptional()
  @ValidateIf((o: EditResolutionDto) => o.hasBudgetImpact !== undefined)
  @IsBoolean()
  hasBudgetImpact?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @ValidateIf((o: EditResolutionDto) => o.vistos !== undefined)
  @Paragraphs(0, 50, 2000)
  vistos?: string[];

  @ApiPropertyOptional({ type: [String] })
  @ValidateIf((o: EditResolutionDto) => o.considerandos !== undefined)
  @Paragraphs(1, 100, 5000)
  considerandos?: string[];

  @ApiPropertyOptional({ type: [String] })
  @ValidateIf((o: EditResolutionDto) => o.articles !== undefined)
  @Paragraphs(1, 50, 5000)
  articles?: string[];

  @ApiPropertyOptional({ type: [AddresseeDto] })
  @ValidateIf((o: EditResolutionDto) => o.addressees !== undefined)
  @IsArray()
  @ArrayMaxSize(50)
  // ValidateNested lets a nested array ([[]]) through: each item must be an object.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AddresseeDto)
  addressees?: AddresseeDto[];
}

export class LegalOpinionDto {
  @ApiProperty({ description: 'true: favorable (pasa a visaciones); false: observa el proyecto' })
  @IsBoolean()
  favorable!: boolean;

  @ApiProperty({ example: 'Informe N° 455-2026-MML/GAJ' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reportRef!: string;

  @ApiPropertyOptional({ description: 'Obligatorio si la opinión es desfavorable' })
  @ValidateIf((o: LegalOpinionDto) => o.favorable === false || o.reasons !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'es obligatorio cuando la opinión es desfavorable' })
  @MaxLength(5000)
  reasons?: string;
}

export class ReasonDto {
  @ApiProperty({ example: 'Falta el informe técnico de la obra.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason!: string;
}

export class VisaDto {
  @ApiPropertyOptional({
    description:
      'SHA-256 del contenido que el visador leyó (`contentHash` del recurso); si el proyecto cambió desde entonces, 409 VISA_HASH_MISMATCH.',
    example: '9f2c…',
  })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'debe ser un SHA-256 en hexadecimal (64 caracteres)' })
  contentHash?: string;
}

export class WithdrawDto {
  @ApiPropertyOptional({ example: 'Se atendió por otra vía.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  reason?: string;
}

export class SignDto {
  @ApiPropertyOptional({
    description:
      'Delegación o encargatura con la que firma (si tiene más de una, o para firmar por delegación del Alcalde); null: en ejercicio de sus competencias propias',
    nullable: true,
  })
  @IsOptional()
  @IsUUID('4')
  delegationId?: string;
}

/** The cargo or the receipt: what proves the service (Art. 21, 20.4). */
const Receipt = () => {
  const decorators = [
    ApiPropertyOptional({
      example: 'Cargo N° 0457-2026 firmado por el representante legal',
      description:
        'Referencia del cargo de la notificación personal o del acuse de recibo del correo o de la casilla',
    }),
    IsOptional(),
    Transform(trim),
    IsString(),
    IsNotEmpty(),
    MaxLength(300),
  ];
  return (target: object, key: string) => decorators.forEach((d) => d(target, key));
};

/** When a notice took effect (Art. 25): a date and time with its offset. */
const ServedAt = () => {
  const decorators = [
    ApiProperty({
      example: '2026-12-02T11:30:00-05:00',
      description:
        'Cuándo surtió efecto la notificación (Art. 25): la entrega que consta en el cargo (personal) o el acuse de recibo (correo, casilla). Fecha y hora con zona; entre la firma (o la decisión) y ahora.',
    }),
    IsZonedInstant(),
  ];
  return (target: object, key: string) => decorators.forEach((d) => d(target, key));
};

export class NotifyDto {
  @ApiProperty({ description: 'Nombre o documento del destinatario', example: '20512345678' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  addressee!: string;

  @ApiProperty({ enum: NOTIFICATION_CHANNELS })
  @IsIn(NOTIFICATION_CHANNELS)
  channel!: NotificationChannel;

  @ServedAt()
  servedAt!: string;

  @Receipt()
  receipt?: string;
}

/** The decision on a remedy served to whoever filed it: the term to appeal runs from it (Art. 144, 218.2). */
export class NotifyDecisionDto {
  @ApiProperty({ enum: NOTIFICATION_CHANNELS })
  @IsIn(NOTIFICATION_CHANNELS)
  channel!: NotificationChannel;

  @ServedAt()
  servedAt!: string;

  @Receipt()
  receipt?: string;

  @ApiPropertyOptional({
    example: 0,
    description:
      'Posición en `remedies` de la decisión que se notifica; por defecto, la única pendiente de notificar',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  remedy?: number;
}

export class PublishDto {
  @ApiProperty({ example: 'Diario Oficial El Peruano' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  gazette!: string;

  @ApiProperty({ example: '2026-11-28', description: 'Fecha de publicación (AAAA-MM-DD)' })
  @IsCivilDate()
  date!: string;
}

export class FileRemedyDto {
  @ApiProperty({ enum: REMEDY_KINDS })
  @IsIn(REMEDY_KINDS)
  kind!: RemedyKind;

  @ApiProperty({
    example: '2026-12-22T16:45:00-05:00',
    description:
      'Fecha y hora de presentación en la mesa de partes (física o digital), con zona. Fuera del horario de atención del perfil o en día inhábil, se tiene por presentado el día hábil siguiente (Art. 149).',
  })
  @IsZonedInstant()
  filedAt!: string;

  @ApiProperty({
    example: '20512345678',
    description:
      'Quién interpone el recurso: nombre o documento de un destinatario (alcance particular) o nombre de quien impugna un acto de alcance general',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  filedBy!: string;
}

export class ResolveRemedyDto {
  @ApiProperty({
    enum: REMEDY_OUTCOMES,
    description:
      'fundado: el acto queda sin efecto; fundado_en_parte: el acto subsiste modificado por el acto que resuelve; infundado o improcedente: el acto subsiste',
  })
  @IsIn(REMEDY_OUTCOMES)
  outcome!: RemedyOutcome;

  @ApiPropertyOptional({
    example: 'Resolución de Gerencia Municipal N° 0102-2026-MML/GMM',
    description: 'El acto que resuelve el recurso; obligatorio si es fundado en parte',
  })
  @ValidateIf(
    (o: ResolveRemedyDto) => o.outcome === 'fundado_en_parte' || o.instrument !== undefined,
  )
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'es obligatorio cuando el recurso es fundado en parte' })
  @MaxLength(300)
  instrument?: string;

  @ApiPropertyOptional({
    example: 'Se reduce la ampliación de plazo de treinta a veinte días calendario.',
    description:
      'Qué cambia en el acto: obligatorio si es fundado en parte (con otro resultado no se registra)',
  })
  @ValidateIf(
    (o: ResolveRemedyDto) => o.outcome === 'fundado_en_parte' || o.modification !== undefined,
  )
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'es obligatorio cuando el recurso es fundado en parte' })
  @MaxLength(5000)
  modification?: string;

  @ApiPropertyOptional({
    example: '20512345678',
    description:
      'Quién interpuso el recurso que se resuelve (nombre o documento del destinatario); obligatorio si hay más de uno en trámite',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  filedBy?: string;
}

/** Version 1 (frozen): the nulidad de oficio at once, its instrument optional. */
export class AnnulDtoV1 {
  @ApiProperty({ example: 'Se otorgó sin el informe técnico que exige la ordenanza.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason!: string;

  @ApiPropertyOptional({ example: 'Resolución de Alcaldía N° 120-2026-MML' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  instrument?: string;
}

const Text = (max: number) => {
  const decorators = [Transform(trim), IsString(), IsNotEmpty(), MaxLength(max)];
  return (target: object, key: string) => decorators.forEach((d) => d(target, key));
};

/** The act of the Alcalde that decides a review (D9): its number is mandatory (Art. 213.2, 214.2). */
const Instrument = () => {
  const decorators = [
    ApiProperty({
      example: 'Resolución de Alcaldía N° 120-2026-MML',
      description: 'Número del acto del Alcalde que decide (obligatorio)',
    }),
    Text(300),
  ];
  return (target: object, key: string) => decorators.forEach((d) => d(target, key));
};

/** D9 (Art. 213.1–213.2): the Alcalde opens the nulidad de oficio, with its reason and the vice. */
export class StartAnnulmentDto {
  @ApiProperty({
    example: 'El OCI advirtió que se otorgó sin el informe técnico de la supervisión.',
  })
  @Text(5000)
  reason!: string;

  @ApiProperty({
    example:
      'Art. 10.2: defecto u omisión de un requisito de validez (Art. 3.5, procedimiento regular)',
    description: 'La causal de nulidad (Art. 10) y por qué agravia el interés público (Art. 213.1)',
  })
  @Text(2000)
  grounds!: string;
}

/** D9 (Art. 214): the Alcalde opens a revocación, on one of its legal causes. */
export class StartRevocationDto {
  @ApiProperty({ example: 'Desapareció la condición de la licencia: el predio fue expropiado.' })
  @Text(5000)
  reason!: string;

  @ApiProperty({
    enum: REVOCATION_CAUSES,
    description:
      '214.1.1: la facultad de revocar está expresamente establecida por ley; 214.1.2: desaparecieron las condiciones exigidas para emitir el acto, cuya permanencia es indispensable; 214.1.3: elementos de juicio sobrevinientes favorecen legalmente a los destinatarios sin perjuicio a terceros',
  })
  @IsIn(REVOCATION_CAUSES)
  cause!: RevocationCause;

  @ApiProperty({ example: 'Oficio N° 033-2026-SBN: el predio pasó al Estado.' })
  @Text(2000)
  grounds!: string;
}

/** D9: the traslado served to a favoured party (Art. 213.2, 214.2); its term runs from then. */
export class ServeHearingDto {
  @ApiProperty({ description: 'Nombre o documento del destinatario', example: '20512345678' })
  @Text(300)
  addressee!: string;

  @ApiProperty({ enum: NOTIFICATION_CHANNELS })
  @IsIn(NOTIFICATION_CHANNELS)
  channel!: NotificationChannel;

  @ServedAt()
  servedAt!: string;

  @Receipt()
  receipt?: string;
}

/** D9: the descargos of a party served with the traslado, while its term runs. */
export class FileArgumentsDto {
  @ApiProperty({ description: 'Nombre o documento del destinatario', example: '20512345678' })
  @Text(300)
  filedBy!: string;

  @ApiProperty({
    example: '2026-03-10T10:00:00-05:00',
    description: 'Fecha y hora de presentación en la mesa de partes, con zona',
  })
  @IsZonedInstant()
  filedAt!: string;

  @ApiProperty({ example: 'Sostiene que el informe técnico obra en el expediente a fojas 12.' })
  @Text(5000)
  summary!: string;
}

/** D9: the nulidad de oficio declared, after the traslado, by the Alcalde's numbered act. */
export class AnnulDto {
  @ApiProperty({ example: 'Se otorgó sin el informe técnico que exige la ordenanza.' })
  @Text(5000)
  reason!: string;

  @Instrument()
  instrument!: string;

  @ApiPropertyOptional({
    enum: ['total', 'parcial'],
    default: 'total',
    description:
      'parcial: solo una parte independiente del acto es nula y el resto subsiste (Art. 13.2)',
  })
  @IsOptional()
  @IsIn(['total', 'parcial'])
  extent?: 'total' | 'parcial';

  @ApiPropertyOptional({
    example: 'Artículo segundo (exoneración de la garantía).',
    description: 'La parte que se anula: obligatoria si es parcial',
  })
  @ValidateIf((o: AnnulDto) => o.extent === 'parcial' || o.part !== undefined)
  @Text(2000)
  part?: string;
}

/** D9 (Art. 214): the revocación declared, after the traslado, by the Alcalde's numbered act. */
export class RevokeDto {
  @ApiProperty({ example: 'Se revoca con efectos a partir de la notificación de esta resolución.' })
  @Text(5000)
  reason!: string;

  @Instrument()
  instrument!: string;
}

/** D9: the review closes and the act stands (no nulidad, no revocación), by the Alcalde's act. */
export class DismissReviewDto {
  @ApiProperty({ example: 'Los descargos acreditan que el informe técnico obra en el expediente.' })
  @Text(5000)
  reason!: string;

  @Instrument()
  instrument!: string;
}
