import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate } from '#calendar';
import { FUNDING_SOURCES, type FundingSource, IsSolesAmount } from '#core';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** A required, trimmed text of up to `max` characters. */
const Text = (max: number) => (target: object, key: string) => {
  Transform(trim)(target, key);
  IsString()(target, key);
  IsNotEmpty({ message: 'es obligatorio' })(target, key);
  MaxLength(max)(target, key);
};

/** Never created through the API: the ADMIN seeds the year (POST /budget/calendar/{year}/seed). */
export class CreateBudgetReviewDto {
  // A class without fields is an unknown value to the validator: one optional field keeps `{}` valid.
  @ApiPropertyOptional({
    description: 'Año fiscal (la creación responde siempre 403 CREATED_BY_SEEDING)',
  })
  @IsOptional()
  @IsInt()
  fiscalYear?: number;
}

export class KeyFigureDto {
  @ApiProperty({ example: 'Presupuesto total' })
  @Text(200)
  concept!: string;

  @ApiProperty({
    example: '1234567.89',
    description: 'Monto en soles, texto con hasta 2 decimales',
  })
  @IsSolesAmount()
  amount!: string;

  @ApiPropertyOptional({ enum: FUNDING_SOURCES, description: 'Fuente de financiamiento' })
  @IsOptional()
  @IsIn(FUNDING_SOURCES, { message: `debe ser una de: ${FUNDING_SOURCES.join(', ')}` })
  fundingSource?: FundingSource;
}

export class SubmitBudgetDocumentDto {
  @ApiProperty({ example: 'Informe N° 012-2026-MML/GPP', description: 'El documento presentado' })
  @Text(200)
  documentRef!: string;

  @ApiPropertyOptional({ example: 'Proyecto de PIA 2027' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  summary?: string;

  @ApiPropertyOptional({ type: [KeyFigureDto], description: 'Cifras clave, en soles' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => KeyFigureDto)
  figures?: KeyFigureDto[];
}

export class ObserveBudgetDocumentDto {
  @ApiProperty({ example: 'Falta el anexo de ingresos por fuente.' })
  @Text(4000)
  observations!: string;

  @ApiProperty({ minimum: 1, maximum: 30, description: 'Días hábiles para subsanar' })
  @IsInt()
  @Min(1)
  @Max(30)
  termBusinessDays!: number;
}

export class AcceptBudgetDocumentDto {
  @ApiPropertyOptional({ example: 'Informe Técnico N° 030-2026-MML/GPP' })
  @IsOptional()
  @Text(200)
  reportRef?: string;
}

export class BudgetConformityDto {
  @ApiProperty({ example: 'Memorando N° 101-2026-MML/GMM' })
  @Text(200)
  memoRef!: string;
}

export class BudgetSendToCouncilDto {
  @ApiPropertyOptional({ example: 'Oficio N° 020-2026-MML/ALC' })
  @IsOptional()
  @Text(200)
  memoRef?: string;
}

export class BudgetCouncilApprovedDto {
  @ApiProperty({ example: 'ACUERDO DE CONCEJO N° 120-2026-MML' })
  @Text(200)
  agreementNumber!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4')
  agreementId?: string;
}

export class BudgetCouncilRejectedDto extends BudgetCouncilApprovedDto {
  @ApiProperty({ example: 'El Concejo pidió reformular el proyecto.' })
  @Text(2000)
  reason!: string;
}

export class ApproveByResolutionDto {
  @ApiProperty({ example: 'RESOLUCIÓN DE ALCALDÍA N° 310-2026-MML' })
  @Text(200)
  resolutionNumber!: string;
}

export class CompletePhaseDto {
  @ApiProperty({ example: 'concertacion', description: 'Código de la fase que sigue (del perfil)' })
  @Text(40)
  phase!: string;

  @ApiProperty({
    example: 'Acta de Acuerdos y Compromisos N° 001-2026-MML',
    description: 'El documento que acredita la fase cumplida',
  })
  @Text(200)
  documentRef!: string;
}

export class PublishBudgetDocumentDto {
  @ApiProperty({ example: 'Diario Oficial El Peruano' })
  @Text(200)
  gazette!: string;

  @ApiProperty({ format: 'date', example: '2027-01-05' })
  @IsCivilDate()
  publishedOn!: string;
}
