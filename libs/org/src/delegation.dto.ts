import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
} from 'class-validator';
import { type Role, ROLES } from './roles.js';
import {
  DELEGATION_DATE_MESSAGE,
  DELEGATION_KINDS,
  DELEGATION_SUBJECT_PATTERN,
  DELEGATOR_POST_MAX_LENGTH,
  type DelegationKind,
  DelegationSubject,
  INSTRUMENT_MAX_LENGTH,
  INSTRUMENT_MIN_LENGTH,
  isDelegationDate,
  MAX_DELEGATION_SUBJECTS,
  type NewDelegation,
  REVOCATION_REASON_MAX_LENGTH,
} from './delegation.types.js';

/** A real date written AAAA-MM-DD (2026-02-30 is not), 1990–2100. */
export const IsDelegationDate = () =>
  ValidateBy({
    name: 'isDelegationDate',
    validator: {
      validate: (value: unknown) => isDelegationDate(value),
      defaultMessage: () => DELEGATION_DATE_MESSAGE,
    },
  });

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class CreateDelegationDto implements NewDelegation {
  @ApiProperty({
    enum: DELEGATION_KINDS,
    example: 'delegacion_competencia',
    description:
      'delegacion_competencia: decide en nombre del delegante; delegacion_firma: firma "por" el delegante; encargatura: firma como encargado "(e)"',
  })
  @IsIn(DELEGATION_KINDS)
  kind!: DelegationKind;

  @ApiProperty({ enum: ROLES, example: 'ALCALDE', description: 'Rol del cargo que delega' })
  @IsIn(ROLES)
  delegatorRole!: Role;

  @ApiProperty({
    example: 'Alcalde Metropolitano',
    description: 'Cargo del delegante tal como se imprime en los actos',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(DELEGATOR_POST_MAX_LENGTH)
  delegatorPost!: string;

  @ApiProperty({ description: 'Usuario delegado o encargado (id), activo y de su municipalidad' })
  @IsUUID('4')
  delegateUserId!: string;

  @ApiProperty({
    example: 'Resolución de Alcaldía N° 005-2026-MML',
    description: 'Instrumento legal que otorga la delegación o encargatura',
    minLength: INSTRUMENT_MIN_LENGTH,
    maxLength: INSTRUMENT_MAX_LENGTH,
  })
  @Transform(trim)
  @IsString()
  @MinLength(INSTRUMENT_MIN_LENGTH)
  @MaxLength(INSTRUMENT_MAX_LENGTH)
  instrument!: string;

  @ApiProperty({
    type: [String],
    example: [DelegationSubject.RESOLUCIONES_GERENCIA_MUNICIPAL],
    description: 'Materias delegadas (códigos en minúsculas, dígitos y _)',
    minItems: 1,
    maxItems: MAX_DELEGATION_SUBJECTS,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DELEGATION_SUBJECTS)
  @ArrayUnique({ message: 'no debe repetir materias' })
  @IsString({ each: true })
  @Matches(DELEGATION_SUBJECT_PATTERN, {
    each: true,
    message: 'cada materia debe tener de 1 a 60 caracteres: minúsculas, dígitos o _',
  })
  subjects!: string[];

  @ApiProperty({
    format: 'date',
    example: '2026-01-05',
    description: 'Vigente desde (inclusive), AAAA-MM-DD',
  })
  @IsDelegationDate()
  validFrom!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    example: '2026-12-31',
    nullable: true,
    description: 'Vigente hasta (inclusive); sin fecha, hasta que se revoque',
  })
  @IsOptional()
  @IsDelegationDate()
  validUntil?: string | null;
}

export class RevokeDelegationDto {
  @ApiProperty({ example: 'Resolución de Alcaldía N° 020-2026-MML deja sin efecto la delegación.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(REVOCATION_REASON_MAX_LENGTH)
  reason!: string;
}
