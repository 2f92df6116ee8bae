import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { FIRST_CALENDAR_YEAR, IsCivilDate, isCivilDate, LAST_CALENDAR_YEAR } from '#calendar';
import { IsRuc, IsSolesAmount } from '#core';
import {
  CONVENIO_TYPES,
  type ConvenioType,
  OBLIGATION_KINDS,
  type ObligationKind,
  PARTIES,
  type Party,
} from './convenio-content.js';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export { IsSolesAmount };

/** A check across fields: `problem` reads the whole object and says what is wrong, or null. */
const Check = (name: string, problem: (object: never) => string | null) =>
  ValidateBy({
    name,
    validator: {
      validate: (_: unknown, args?: ValidationArguments) => problem(args?.object as never) === null,
      defaultMessage: (args?: ValidationArguments) => problem(args?.object as never) ?? '',
    },
  });

interface TermFields {
  startDate?: string;
  endDate?: string;
  termMonths?: number;
}

const civilDateProblem = (value: unknown): string | null =>
  isCivilDate(value) &&
  Number(value.slice(0, 4)) >= FIRST_CALENDAR_YEAR &&
  Number(value.slice(0, 4)) <= LAST_CALENDAR_YEAR
    ? null
    : `debe ser una fecha válida AAAA-MM-DD entre ${FIRST_CALENDAR_YEAR} y ${LAST_CALENDAR_YEAR}`;

/** endDate or termMonths, not both; a real date; after the start (one message: the first to fix). */
const endDateProblem = (o: TermFields): string | null => {
  if (o.endDate !== undefined && o.termMonths !== undefined)
    return 'indique la fecha de término (endDate) o el plazo en meses (termMonths), no ambos';
  if (o.endDate === undefined)
    return 'indique la fecha de término (endDate) o el plazo en meses (termMonths)';
  const invalid = civilDateProblem(o.endDate);
  if (invalid) return invalid;
  return typeof o.startDate === 'string' &&
    civilDateProblem(o.startDate) === null &&
    o.endDate <= o.startDate
    ? 'debe ser posterior a la fecha de inicio (startDate)'
    : null;
};

export class CounterpartDto {
  @ApiProperty({ example: 'Universidad Nacional de Ingeniería' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  name!: string;

  @ApiProperty({
    example: '20169004359',
    description: 'RUC de 11 dígitos; se verifica el dígito verificador (módulo 11 de SUNAT)',
  })
  @Transform(trim)
  @IsRuc()
  ruc!: string;
}

export class CoordinatorDto {
  @ApiProperty({ example: 'Rosa Huamán Quispe' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'Subgerente de Proyectos' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  post!: string;

  @ApiProperty({ example: 'rhuaman@munlima.gob.pe' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(200)
  email!: string;
}

/** The coordinator each party designates to follow the convenio's execution (D17). */
export class CoordinatorsDto {
  @ApiProperty({ type: CoordinatorDto, description: 'Coordinador designado por la municipalidad' })
  @IsObject()
  @ValidateNested()
  @Type(() => CoordinatorDto)
  municipality!: CoordinatorDto;

  @ApiProperty({ type: CoordinatorDto, description: 'Coordinador designado por la contraparte' })
  @IsObject()
  @ValidateNested()
  @Type(() => CoordinatorDto)
  counterpart!: CoordinatorDto;
}

export class ConvenioObligationDto {
  @ApiProperty({ enum: PARTIES, description: 'Parte obligada' })
  @IsIn(PARTIES)
  party!: Party;

  @ApiProperty({ example: 'Informe trimestral de avance de las actividades de capacitación' })
  @Transform(trim)
  @IsString()
  @MinLength(5)
  @MaxLength(1000)
  description!: string;

  @ApiProperty({
    enum: OBLIGATION_KINDS,
    description: 'unica: se cumple una vez, en su fecha; periodica: un informe cada N meses',
  })
  @IsIn(OBLIGATION_KINDS)
  kind!: ObligationKind;

  @ApiPropertyOptional({ example: '2027-06-30', description: 'Solo para una obligación única' })
  @ValidateIf((o: ConvenioObligationDto) => o.kind === 'unica' || o.dueOn !== undefined)
  @Check('dueOnOnlyOnce', (o: ConvenioObligationDto) =>
    o.kind !== 'unica' && o.dueOn !== undefined
      ? 'solo se indica para una obligación única; la periódica usa everyMonths'
      : null,
  )
  @IsCivilDate()
  dueOn?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 12,
    example: 3,
    description: 'Solo para una obligación periódica: cada cuántos meses se informa',
  })
  @ValidateIf((o: ConvenioObligationDto) => o.kind === 'periodica' || o.everyMonths !== undefined)
  @Check('everyMonthsOnlyPeriodic', (o: ConvenioObligationDto) =>
    o.kind !== 'periodica' && o.everyMonths !== undefined
      ? 'solo se indica para una obligación periódica; la única usa dueOn'
      : null,
  )
  @IsInt()
  @Min(1)
  @Max(12)
  everyMonths?: number;
}

/**
 * The convenio the requesting unit drafts (D17). The requesting unit is the creator's; the start,
 * when absent, is the day it is signed.
 */
export class CreateConvenioDto {
  @ApiProperty({ type: CounterpartDto, description: 'Entidad con la que se celebra el convenio' })
  @IsObject()
  @ValidateNested()
  @Type(() => CounterpartDto)
  counterpart!: CounterpartDto;

  @ApiProperty({
    example:
      'Cooperación para la capacitación del personal de fiscalización en gestión de riesgos de desastres',
  })
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  object!: string;

  @ApiProperty({
    enum: CONVENIO_TYPES,
    description:
      'marco: líneas generales que se ejecutan mediante convenios específicos; especifico: un objeto concreto; cooperacion_interinstitucional: colaboración entre entidades públicas (TUO de la Ley 27444, Art. 88)',
  })
  @IsIn(CONVENIO_TYPES)
  convenioType!: ConvenioType;

  @ApiPropertyOptional({
    example: '2027-01-15',
    description: 'Inicio de la vigencia; si se omite, rige desde el día de su suscripción',
  })
  @IsOptional()
  @IsCivilDate()
  startDate?: string;

  @ApiPropertyOptional({
    example: '2028-01-14',
    description: 'Último día de vigencia; o bien termMonths (uno de los dos)',
  })
  @ValidateIf((o: CreateConvenioDto) => o.endDate !== undefined || o.termMonths === undefined)
  @Check('endDate', endDateProblem)
  endDate?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 120,
    example: 24,
    description: 'Plazo de vigencia en meses (Código Civil Art. 183); o bien endDate',
  })
  @ValidateIf((o: CreateConvenioDto) => o.termMonths !== undefined)
  @IsInt()
  @Min(1)
  @Max(120)
  termMonths?: number;

  @ApiProperty({
    description:
      'Si el convenio compromete recursos de la municipalidad: requiere certificación presupuestal de la OPP',
  })
  @IsBoolean()
  hasFinancialObligations!: boolean;

  @ApiPropertyOptional({
    example: '150000.50',
    description:
      'Monto en soles, texto decimal con hasta 2 decimales; obligatorio si hay obligaciones financieras',
  })
  @ValidateIf(
    (o: CreateConvenioDto) => o.hasFinancialObligations === true || o.amount !== undefined,
  )
  @Check('amountOnlyWithObligations', (o: CreateConvenioDto) =>
    o.hasFinancialObligations === false && o.amount !== undefined
      ? 'solo se indica cuando el convenio tiene obligaciones financieras'
      : null,
  )
  @IsNotEmpty({ message: 'es obligatorio cuando el convenio tiene obligaciones financieras' })
  @IsSolesAmount()
  amount?: string;

  @ApiProperty({ type: CoordinatorsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CoordinatorsDto)
  coordinators!: CoordinatorsDto;

  @ApiProperty({ type: [ConvenioObligationDto], description: 'Obligaciones de cada parte' })
  @IsArray()
  @ArrayMaxSize(50)
  // ValidateNested lets a nested array ([[]]) through: each item must be an object.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ConvenioObligationDto)
  obligations!: ConvenioObligationDto[];

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 365,
    example: 30,
    description:
      'Días calendario de preaviso para la separación (D11); si se omite, los del perfil de la municipalidad',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  exitNoticeDays?: number;
}

/** EDIT: one or more of the draft's fields; the rest stay as they are (checked again together). */
export class EditConvenioDto {
  @ApiPropertyOptional({ type: CounterpartDto })
  @ValidateIf((o: EditConvenioDto) => o.counterpart !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => CounterpartDto)
  counterpart?: CounterpartDto;

  @ApiPropertyOptional()
  @ValidateIf((o: EditConvenioDto) => o.object !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  object?: string;

  @ApiPropertyOptional({ enum: CONVENIO_TYPES })
  @ValidateIf((o: EditConvenioDto) => o.convenioType !== undefined)
  @IsIn(CONVENIO_TYPES)
  convenioType?: ConvenioType;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'null: rige desde su suscripción',
  })
  @ValidateIf((o: EditConvenioDto) => o.startDate !== undefined && o.startDate !== null)
  @IsCivilDate()
  startDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @ValidateIf((o: EditConvenioDto) => o.endDate !== undefined && o.endDate !== null)
  @IsCivilDate()
  endDate?: string | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, maximum: 120 })
  @ValidateIf((o: EditConvenioDto) => o.termMonths !== undefined && o.termMonths !== null)
  @IsInt()
  @Min(1)
  @Max(120)
  termMonths?: number | null;

  @ApiPropertyOptional()
  @ValidateIf((o: EditConvenioDto) => o.hasFinancialObligations !== undefined)
  @IsBoolean()
  hasFinancialObligations?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: '150000.50' })
  @ValidateIf((o: EditConvenioDto) => o.amount !== undefined && o.amount !== null)
  @IsSolesAmount()
  amount?: string | null;

  @ApiPropertyOptional({ type: CoordinatorsDto })
  @ValidateIf((o: EditConvenioDto) => o.coordinators !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => CoordinatorsDto)
  coordinators?: CoordinatorsDto;

  @ApiPropertyOptional({ type: [ConvenioObligationDto] })
  @ValidateIf((o: EditConvenioDto) => o.obligations !== undefined)
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ConvenioObligationDto)
  obligations?: ConvenioObligationDto[];

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, maximum: 365 })
  @ValidateIf((o: EditConvenioDto) => o.exitNoticeDays !== undefined && o.exitNoticeDays !== null)
  @IsInt()
  @Min(1)
  @Max(365)
  exitNoticeDays?: number | null;
}

/** A reference to a document, e.g. "Informe N° 455-2026-MML/GAJ". */
const DocumentRef = (example: string, description?: string) => {
  const decorators = [
    ApiProperty({ example, ...(description ? { description } : {}) }),
    Transform(trim),
    IsString(),
    IsNotEmpty(),
    MaxLength(300),
  ];
  return (target: object, key: string) => decorators.forEach((d) => d(target, key));
};

export class CertifyBudgetDto {
  @DocumentRef(
    'Certificación de Crédito Presupuestario N° 0000123-2026',
    'La certificación emitida por la OPP',
  )
  certificateRef!: string;
}

export class ConvenioReasonDto {
  @ApiProperty({ example: 'Falta la conformidad técnica del área usuaria.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason!: string;
}

export class ChecklistAnswerDto {
  @ApiProperty({ example: 'libre_adhesion_separacion', description: 'Código del punto (perfil)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(63)
  code!: string;

  @ApiProperty({ description: 'Si el proyecto cumple este punto' })
  @IsBoolean()
  met!: boolean;

  @ApiPropertyOptional({ example: 'Cláusula décima.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ConvenioLegalOpinionDto {
  @ApiProperty({
    description:
      'true: favorable (pasa a la Gerencia Municipal); false: desfavorable (vuelve a la unidad para subsanar)',
  })
  @IsBoolean()
  favorable!: boolean;

  @DocumentRef('Informe N° 455-2026-MML/GAJ')
  reportRef!: string;

  @ApiProperty({
    type: [ChecklistAnswerDto],
    description:
      'Un punto por cada ítem de la lista del perfil; el favorable exige la cláusula de libre adhesión y separación (D11)',
  })
  @IsArray()
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ChecklistAnswerDto)
  checklist!: ChecklistAnswerDto[];

  @ApiPropertyOptional({ description: 'Obligatorio si el informe es desfavorable' })
  @ValidateIf((o: ConvenioLegalOpinionDto) => o.favorable === false || o.reasons !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'es obligatorio cuando el informe es desfavorable' })
  @MaxLength(5000)
  reasons?: string;
}

export class ConformityDto {
  @DocumentRef('Memorando N° 210-2026-MML/GMM', 'El documento con que el Gerente eleva el convenio')
  memoRef!: string;
}

export class SendToCouncilDto {
  @ApiPropertyOptional({ example: 'Memorando N° 045-2026-MML/ALC' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  memoRef?: string;
}

export class CouncilApprovedDto {
  @DocumentRef('ACUERDO DE CONCEJO N° 045-2026-MML')
  agreementNumber!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'El Acuerdo en Despacho, si se adoptó aquí' })
  @IsOptional()
  @IsUUID('4')
  agreementId?: string;

  @ApiProperty({ description: 'Si el Acuerdo autoriza al Alcalde a suscribir también sus adendas' })
  @IsBoolean()
  authorisesAddenda!: boolean;
}

export class CouncilRejectedDto {
  @DocumentRef('ACUERDO DE CONCEJO N° 046-2026-MML')
  agreementNumber!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  agreementId?: string;

  @ApiProperty({ example: 'El Concejo no aprobó el convenio por mayoría.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason!: string;
}

export class ConvenioWithdrawDto {
  @ApiPropertyOptional({ example: 'La contraparte desistió.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ReportObligationDto {
  @ApiProperty({ example: '0-1', description: 'Clave del vencimiento (dues[].key)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  key!: string;

  @DocumentRef('Informe N° 012-2027-UNI/FIC', 'El informe o documento que acredita el cumplimiento')
  evidence!: string;
}

export class AddendumDto {
  @ApiProperty({ example: 'Ampliar la vigencia por doce meses y modificar la cláusula quinta.' })
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  object!: string;

  @ApiPropertyOptional({
    example: '2029-01-14',
    description: 'Nuevo último día de vigencia, si la adenda la amplía (renovación)',
  })
  @IsOptional()
  @IsCivilDate()
  newEndDate?: string;
}

export class MutualTerminationDto {
  @ApiProperty({
    example: 'Las partes acordaron resolver el convenio por haberse cumplido su objeto.',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason!: string;

  @DocumentRef('Adenda de resolución por mutuo acuerdo de fecha 10/03/2027')
  instrument!: string;
}

export class TerminationForBreachDto {
  @ApiProperty({ enum: PARTIES, description: 'La parte que incumplió' })
  @IsIn(PARTIES)
  party!: Party;

  @ApiProperty({
    example: 'La contraparte no presentó los informes trimestrales pese al requerimiento.',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason!: string;

  @DocumentRef('Carta Notarial N° 015-2027-MML/ALC')
  instrument!: string;
}

export class FreeExitDto {
  @ApiProperty({ enum: PARTIES, description: 'La parte que se separa (D11)' })
  @IsIn(PARTIES)
  party!: Party;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  reason?: string;

  @DocumentRef('Carta N° 031-2027-UNI/R', 'La comunicación de separación')
  instrument!: string;

  @ApiProperty({
    example: '2027-05-03',
    description: 'Día en que se notificó la separación: el preaviso corre desde el día siguiente',
  })
  @IsCivilDate()
  noticeOn!: string;
}
