import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { pageOf } from './openapi.js';

/** Response bodies of the fixed controllers, for the OpenAPI document only. */

export class MunicipalityRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'mml' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() shortName!: string;
}

export class UnitRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'mml.gerente' }) username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() post!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ type: MunicipalityRefDto }) municipality!: MunicipalityRefDto;
  @ApiProperty({ type: UnitRefDto, nullable: true }) unit!: UnitRefDto | null;
}

export class AccessTokenDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ format: 'date-time', description: 'Fin absoluto de la sesión' })
  sessionExpiresAt!: string;
}

export class LoginResponseDto extends AccessTokenDto {
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
}

export class UnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ type: String, nullable: true }) parentCode!: string | null;
}

export class UnitListDto {
  @ApiProperty({ type: [UnitDto] }) items!: UnitDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() post!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty() active!: boolean;
}

export const UserPageDto = pageOf(UserDto, 'UserPageDto');

export class CalendarEntryDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null si es calculado',
  })
  id!: string | null;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'feriado_nacional' }) kind!: string;
  @ApiProperty({ description: 'Norma que lo establece' }) source!: string;
  @ApiProperty({ enum: ['nacional', 'municipal'] }) scope!: string;
}

export class HolidayListDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: 'integer', description: 'Versión del calendario de la municipalidad' })
  version!: number;
  @ApiProperty({ type: [CalendarEntryDto] }) items!: CalendarEntryDto[];
}

export class NonWorkingDayDto extends CalendarEntryDto {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) createdBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) removedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) removedBy!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) removedVersion!: number | null;
}

export class DeadlineResultDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ type: 'integer' }) days!: number;
  @ApiProperty({ enum: ['business', 'calendar'] }) unit!: string;
  @ApiProperty({ format: 'date', description: 'Vencimiento (D1, D2)' }) due!: string;
}

export class AuditVerificationDto {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ type: 'integer', description: 'Eslabones recalculados' }) checked!: number;
  @ApiPropertyOptional({ type: 'integer', description: 'Primer eslabón roto' }) brokenAt?: number;
}

export class ClockDto {
  @ApiProperty({ format: 'date-time' }) now!: string;
  @ApiProperty({ enum: ['system', 'manual'] }) mode!: string;
}

export class ClockMoveDto extends ClockDto {
  @ApiProperty({ type: 'integer', description: 'Plazos disparados' }) firedTimers!: number;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'] }) status!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Solo ADMIN' })
  info?: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Solo ADMIN' })
  error?: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Solo ADMIN' })
  details?: Record<string, unknown>;
}

export class PublicVerificationDto {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ type: String, nullable: true }) subject!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) signer!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 del PDF firmado' })
  sha256!: string | null;
  @ApiPropertyOptional({ description: 'Estado del acto (si sigue vigente)' }) state?: string;
}

/** Bodies this document does not detail field by field (their fields may grow). */
export const OPEN_OBJECT = { type: 'object', additionalProperties: true } as const;

/** `{items, total, page, pageSize}` of open objects. */
export const PAGE_OF_OPEN_OBJECTS = {
  type: 'object' as const,
  required: ['items', 'total', 'page', 'pageSize'],
  properties: {
    items: { type: 'array' as const, items: OPEN_OBJECT },
    total: { type: 'integer' as const, minimum: 0 },
    page: { type: 'integer' as const, minimum: 1 },
    pageSize: { type: 'integer' as const, minimum: 1 },
  },
};

/** A user as its municipality's administrators see it (`/admin/users`). */
export class AdminUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'mml.jperez' }) username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() post!: string;
  @ApiProperty({ type: UnitRefDto, nullable: true }) unit!: UnitRefDto | null;
  @ApiProperty({ type: [String], example: ['GERENCIA'] }) roles!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Cuenta de demostración (SEED_DEMO)' }) demo!: boolean;
  @ApiProperty({
    description:
      'Bloqueada ahora por intentos fallidos de inicio de sesión; un ADMIN la desbloquea con POST /api/v1/admin/users/{id}/unlock',
  })
  locked!: boolean;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Cuándo vence solo el bloqueo; null si no está bloqueada',
  })
  lockedUntil!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export const AdminUserPageDto = pageOf(AdminUserDto, 'AdminUserPageDto');
