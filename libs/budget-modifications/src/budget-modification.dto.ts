import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { FUNDING_SOURCES, type FundingSource, IsSolesAmount } from '#core';
import {
  MODALITIES,
  type Modality,
  MOVING_MODALITIES,
  REQUEST_TYPES,
  type RequestType,
} from './budget-modification.content.js';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** A check across fields: `problem` reads the whole object and says what is wrong, or null. */
const Check = (name: string, problem: (object: never) => string | null) =>
  ValidateBy({
    name,
    validator: {
      validate: (_: unknown, args?: ValidationArguments) => problem(args?.object as never) === null,
      defaultMessage: (args?: ValidationArguments) => problem(args?.object as never) ?? '',
    },
  });

/** One line of the cadena funcional programática y de gasto (its codes, as the SIAF-SP writes them). */
export class ProgrammaticLineDto {
  @ApiProperty({
    example: '0030',
    description:
      'Programa presupuestal: 4 dígitos (9001/9002: asignaciones que no resultan en productos)',
  })
  @Transform(trim)
  @Matches(/^\d{4}$/, {
    message: 'debe ser el código de 4 dígitos del programa presupuestal, p. ej. 0030',
  })
  program!: string;

  @ApiProperty({
    example: '3000001',
    description: 'Producto (3xxxxxx) o proyecto (2xxxxxx): 7 dígitos',
  })
  @Transform(trim)
  @Matches(/^[23]\d{6}$/, {
    message: 'debe ser el código de 7 dígitos de un producto (3xxxxxx) o proyecto (2xxxxxx)',
  })
  productOrProject!: string;

  @ApiProperty({
    example: '5004156',
    description: 'Actividad (5xxxxxx), acción de inversión (4xxxxxx) u obra (6xxxxxx): 7 dígitos',
  })
  @Transform(trim)
  @Matches(/^[456]\d{6}$/, {
    message:
      'debe ser el código de 7 dígitos de una actividad (5xxxxxx), acción de inversión (4xxxxxx) u obra (6xxxxxx)',
  })
  activity!: string;

  @ApiProperty({
    example: '2.3.1.5.1.2',
    description: 'Específica de gasto del clasificador (6 niveles)',
  })
  @Transform(trim)
  @Matches(/^2\.[1-8]\.\d\.\d{1,2}\.\d{1,2}\.\d{1,2}$/, {
    message:
      'debe ser una específica de gasto del clasificador, de 6 niveles y de gasto (2.), p. ej. 2.3.1.5.1.2',
  })
  expenseItem!: string;
}

const sameLine = (a: ProgrammaticLineDto | undefined | null, b: ProgrammaticLineDto | undefined) =>
  !!a &&
  !!b &&
  a.program === b.program &&
  a.productOrProject === b.productOrProject &&
  a.activity === b.activity &&
  a.expenseItem === b.expenseItem;

interface Fields {
  requestType?: RequestType;
  modality?: Modality | null;
  fromLine?: ProgrammaticLineDto | null;
  toLine?: ProgrammaticLineDto;
}

const modalityProblem = (o: Fields): string | null => {
  if (o.modality != null && !(MODALITIES as readonly unknown[]).includes(o.modality))
    return `debe ser una de: ${MODALITIES.join(', ')}`;
  if (o.requestType === 'modificacion_presupuestaria' && o.modality == null)
    return `indique la modalidad de la modificación: ${MODALITIES.join(', ')}`;
  if (o.requestType !== 'modificacion_presupuestaria' && o.modality != null)
    return 'solo una modificación presupuestaria tiene modalidad';
  return null;
};

/** null as absent: the cross-field checks decide whether it must be there. */
const nullAsAbsent = ({ value }: { value: unknown }): unknown =>
  value === null ? undefined : value;

const fromLineProblem = (o: Fields): string | null => {
  const moves =
    o.requestType === 'modificacion_presupuestaria' &&
    o.modality != null &&
    MOVING_MODALITIES.includes(o.modality);
  if (moves && o.fromLine == null)
    return 'una transferencia de partidas o una habilitación/anulación indica la línea de origen (la que se anula)';
  if (!moves && o.fromLine != null)
    return 'solo una transferencia de partidas o una habilitación/anulación tiene línea de origen';
  if (sameLine(o.fromLine, o.toLine))
    return 'la línea de origen y la de destino no pueden ser la misma';
  return null;
};

export class CreateBudgetModificationDto {
  @ApiProperty({
    enum: REQUEST_TYPES,
    description:
      'modificacion_presupuestaria (se aprueba por resolución) o certificacion (de crédito presupuestario)',
  })
  @IsIn(REQUEST_TYPES)
  requestType!: RequestType;

  @ApiPropertyOptional({
    enum: MODALITIES,
    nullable: true,
    description: 'Solo para una modificación presupuestaria (DL 1440, Art. 46–47)',
  })
  @Transform(nullAsAbsent)
  @Check('modalityForType', modalityProblem)
  modality?: Modality | null;

  @ApiProperty({
    example: '150000.50',
    description: 'Monto en soles, texto con hasta dos decimales',
  })
  @IsSolesAmount()
  amount!: string;

  @ApiPropertyOptional({
    type: ProgrammaticLineDto,
    nullable: true,
    description:
      'Línea de la que se anula el crédito (transferencia de partidas, habilitación/anulación)',
  })
  @Transform(nullAsAbsent)
  @Check('fromLineForModality', fromLineProblem)
  @ValidateNested()
  @Type(() => ProgrammaticLineDto)
  fromLine?: ProgrammaticLineDto | null;

  @ApiProperty({
    type: ProgrammaticLineDto,
    description: 'Línea que recibe o certifica el crédito',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => ProgrammaticLineDto)
  toLine!: ProgrammaticLineDto;

  @ApiProperty({ enum: FUNDING_SOURCES, description: 'Fuente de financiamiento' })
  @IsIn(FUNDING_SOURCES)
  fundingSource!: FundingSource;

  @ApiProperty({
    example:
      'Mayor demanda del servicio de limpieza pública en el Cercado por la temporada de lluvias.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  justification!: string;
}

/** A reference to a document, e.g. "Informe Técnico N° 045-2026-MML/OPP". */
const trimmedText = (max: number) => {
  const decorators = [Transform(trim), IsString(), IsNotEmpty(), MaxLength(max)];
  return (target: object, key: string) => decorators.forEach((d) => d(target, key));
};

export class TechnicalReportDto {
  @ApiProperty({
    description:
      'true: favorable (pasa al Gerente Municipal); false: vuelve a la unidad con sus observaciones',
  })
  @IsBoolean()
  favorable!: boolean;

  @ApiProperty({ example: 'Informe Técnico N° 045-2026-MML/GPP' })
  @trimmedText(300)
  reportRef!: string;

  @ApiPropertyOptional({
    example: 'La específica de gasto de origen no tiene saldo disponible.',
    description: 'Obligatorias si el informe es desfavorable',
  })
  @Transform(trim)
  @Check('observationsWhenUnfavorable', (o: { favorable?: boolean; observations?: unknown }) => {
    if (o.observations !== undefined && typeof o.observations !== 'string')
      return 'debe ser un texto';
    if (typeof o.observations === 'string' && o.observations.length > 5000)
      return 'admite como máximo 5000 caracteres';
    return o.favorable === false && (o.observations === undefined || o.observations === '')
      ? 'un informe desfavorable dice por qué: la unidad subsana sus observaciones'
      : null;
  })
  observations?: string;
}

export class ElevateDto {
  @ApiPropertyOptional({ example: 'Memorando N° 210-2026-MML/GM' })
  @IsOptional()
  @trimmedText(300)
  memoRef?: string;
}

export class ApproveByMayorDto {
  @ApiProperty({
    example: 'Resolución de Alcaldía N° 120-2026-MML',
    description:
      'La Resolución de Alcaldía que aprueba la modificación (se emite fuera de Despacho)',
  })
  @trimmedText(300)
  resolutionRef!: string;
}

export class BudgetReasonDto {
  @ApiProperty({ example: 'No hay saldo de libre disponibilidad en la fuente indicada.' })
  @trimmedText(5000)
  reason!: string;
}

export class BudgetWithdrawDto {
  @ApiPropertyOptional({ example: 'La necesidad se cubrió con el saldo de la meta.' })
  @IsOptional()
  @trimmedText(5000)
  reason?: string;
}
