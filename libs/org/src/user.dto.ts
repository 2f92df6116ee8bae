import { applyDecorators } from '@nestjs/common';
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
  ValidateIf,
} from 'class-validator';
import { QueryBoolean } from '#core';
import { PASSWORD_MAX_LENGTH } from './password-policy.js';
import { type Role, ROLES } from './roles.js';
import {
  DEACTIVATION_REASON_MAX_LENGTH,
  FULL_NAME_MAX_LENGTH,
  type NewUser,
  POST_MAX_LENGTH,
  type UserChange,
  USERNAME_MAX_LENGTH,
  USERNAME_PATTERN,
} from './user-admin.types.js';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** Passwords are never trimmed: a space is a character like any other. */
const Password = () => applyDecorators(IsString(), IsNotEmpty(), MaxLength(PASSWORD_MAX_LENGTH));

/** Optional, but never null: a PATCH either sets a field or leaves it alone. */
const Present = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

const RolesList = () =>
  applyDecorators(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(ROLES.length),
    ArrayUnique({ message: 'no debe repetir roles' }),
    IsIn(ROLES, { each: true, message: `cada rol debe ser uno de: ${ROLES.join(', ')}` }),
  );

export class CreateUserDto implements NewUser {
  @ApiProperty({
    example: 'mml.jperez',
    description: 'Código de la municipalidad, un punto y minúsculas o dígitos (p. ej. mml.jperez)',
    maxLength: USERNAME_MAX_LENGTH,
  })
  @IsString()
  @MaxLength(USERNAME_MAX_LENGTH)
  @Matches(USERNAME_PATTERN, {
    message: 'debe ser el código de la municipalidad, un punto y minúsculas o dígitos (mml.jperez)',
  })
  username!: string;

  @ApiProperty({ example: 'Juana Pérez del Águila' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(FULL_NAME_MAX_LENGTH)
  fullName!: string;

  @ApiProperty({ example: 'Especialista legal' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(POST_MAX_LENGTH)
  post!: string;

  @ApiProperty({ description: 'Unidad orgánica de su municipalidad (id)' })
  @IsUUID('4')
  unitId!: string;

  @ApiProperty({
    enum: ROLES,
    isArray: true,
    example: ['ASESORIA_JURIDICA'],
    description: 'ADMIN no se combina con otros roles (el administrador no actúa en expedientes)',
  })
  @RolesList()
  roles!: Role[];

  @ApiProperty({
    description:
      'Contraseña inicial: PASSWORD_MIN_LENGTH caracteres o más (12 por defecto), no común ni filtrada, sin el usuario ni el nombre',
  })
  @Password()
  password!: string;
}

export class UpdateUserDto implements UserChange {
  @ApiPropertyOptional({ example: 'Juana Pérez del Águila' })
  @Present()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(FULL_NAME_MAX_LENGTH)
  fullName?: string;

  @ApiPropertyOptional({ example: 'Jefa de Asesoría Jurídica' })
  @Present()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(POST_MAX_LENGTH)
  post?: string;

  @ApiPropertyOptional({ description: 'Unidad orgánica de su municipalidad (id)' })
  @Present()
  @IsUUID('4')
  unitId?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true, description: 'Reemplaza todos los roles' })
  @Present()
  @RolesList()
  roles?: Role[];
}

export class DeactivateUserDto {
  @ApiProperty({ example: 'Cese por término de contrato (Memorando N° 120-2026-MML/GA)' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(DEACTIVATION_REASON_MAX_LENGTH)
  reason!: string;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'Contraseña nueva, que cumple la política de contraseñas' })
  @Password()
  password!: string;
}

export class ChangeOwnPasswordDto {
  @ApiProperty()
  @Password()
  currentPassword!: string;

  @ApiProperty({ description: 'Contraseña nueva, que cumple la política de contraseñas' })
  @Password()
  newPassword!: string;
}

/** Filters of the admin list of users (page and pageSize come from the HTTP layer's PageQueryDto). */
export class UserFiltersDto {
  @ApiPropertyOptional({ description: 'true: solo activos; false: solo desactivados' })
  @IsOptional()
  @QueryBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Solo los de esta unidad (id)' })
  @IsOptional()
  @IsUUID('4')
  unitId?: string;

  @ApiPropertyOptional({
    description: 'Texto en el usuario, el nombre completo o el cargo (sin distinguir mayúsculas)',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;
}
