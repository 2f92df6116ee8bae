import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTACHMENT_KINDS } from '#attachments';
import { DELEGATION_KINDS, ROLES, UNIT_KINDS } from '#org';
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
  @ApiProperty({ enum: UNIT_KINDS }) kind!: string;
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'mml.gerente' }) username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() post!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiProperty({ type: MunicipalityRefDto }) municipality!: MunicipalityRefDto;
  @ApiProperty({ type: UnitRefDto, nullable: true }) unit!: UnitRefDto | null;
  @ApiProperty({ description: 'Cuenta de demostración (SEED_DEMO): la consola muestra un aviso' })
  demo!: boolean;
}

export class AccessTokenDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({
    format: 'date-time',
    description: 'Desde cuándo el token ya no vale (renuévelo antes)',
  })
  tokenExpiresAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Fin absoluto de la sesión' })
  sessionExpiresAt!: string;
}

export class LoginResponseDto extends AccessTokenDto {
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
}

/** The web console's session: the token travels only in the httpOnly cookie, never in the body. */
export class WebSessionDto {
  @ApiProperty({
    format: 'date-time',
    description:
      'Desde cuándo la cookie ya no vale si no hay actividad: cada solicitud en la segunda mitad de su vigencia la renueva',
  })
  tokenExpiresAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Fin absoluto de la sesión' })
  sessionExpiresAt!: string;
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
}

export class UnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) kind!: string;
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
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiProperty() active!: boolean;
}

export const UserPageDto = pageOf(UserDto, 'UserPageDto');

export class AdoptionDto {
  @ApiProperty({
    description:
      'true: la municipalidad lo adopta y el día no es hábil; false: no lo adopta, su servicio atiende y el día es hábil (TUO Art. 145.1)',
  })
  adopted!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Instrumento municipal de la decisión (p. ej. «Decreto de Alcaldía N° 001-2026-MDM»); null: sin decisión propia, rige el valor por defecto del perfil (nationalNonWorkingDays.adoptedByDefault)',
  })
  instrument!: string | null;
}

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
  @ApiPropertyOptional({
    type: AdoptionDto,
    description:
      'Solo en un día no laborable nacional (decretado para el sector público): si la municipalidad lo adopta y por qué instrumento. Los feriados son ley y no lo llevan.',
  })
  adoption?: AdoptionDto;
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
  @ApiProperty({
    type: 'integer',
    description: 'Largo de la cadena probada íntegra (hasta el primer eslabón roto)',
  })
  checked!: number;
  @ApiProperty({ type: 'integer', description: 'Eslabones recalculados en esta verificación' })
  walked!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Punto de control firmado desde el que se recorrió (0: desde el génesis)',
  })
  since!: number;
  @ApiProperty({ description: 'Recorrido completo desde el génesis (full=true)' }) full!: boolean;
  @ApiProperty({
    type: 'integer',
    description: 'Eventos confirmados después del sellado previo a la verificación, aún sin sellar',
  })
  pending!: number;
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

export class UnitSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

/** A user as its municipality's administrators see it (`/admin/users`). */
export class AdminUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'mml.jperez' }) username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() post!: string;
  @ApiProperty({ type: UnitSummaryDto, nullable: true }) unit!: UnitSummaryDto | null;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['GERENCIA'] }) roles!: string[];
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

/** An end-to-end check of the queue (`/admin/queue-checks`). */
export class QueueCheckDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['postgres', 'redis'], description: 'Backend de la cola' }) backend!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Cuándo lo procesó el worker; null mientras no lo haga',
  })
  processedAt!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Veces que la cola entregó el trabajo' })
  deliveries!: number;
}

export class DelegateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() post!: string;
}

/** A delegation or encargatura (D10), as `/admin/delegations` shows it. */
export class DelegationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DELEGATION_KINDS }) kind!: string;
  @ApiProperty({ enum: ROLES, description: 'Rol del cargo que delega' }) delegatorRole!: string;
  @ApiProperty({ example: 'Gerente Municipal' }) delegatorPost!: string;
  @ApiProperty({ type: DelegateDto }) delegate!: DelegateDto;
  @ApiProperty({ description: 'Instrumento que la dispone' }) instrument!: string;
  @ApiProperty({ type: [String], example: ['resoluciones_gerencia_municipal'] })
  subjects!: string[];
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null: sin fin' })
  validUntil!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) revocationReason!: string | null;
}

export const DelegationPageDto = pageOf(DelegationDto, 'DelegationPageDto');

/** An entry of the caller's inbox. */
export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: ['request', 'reminder', 'overdue', 'escalation'],
    description: 'Pedido de acción, recordatorio, vencimiento o escalamiento',
  })
  kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'El expediente' })
  instanceId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'El plazo' })
  deadlineId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Las de la lista pedida, en total' })
  total!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'No leídas, en total' })
  unread!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) pageSize!: number;
}

export class MarkedReadDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Notificaciones marcadas' })
  marked!: number;
}

export class UploaderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
}

/** A document attached to a workflow instance. */
export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'El expediente' }) instanceId!: string;
  @ApiProperty({ enum: Object.keys(ATTACHMENT_KINDS) }) kind!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ description: 'Tipo reconocido por el contenido', example: 'application/pdf' })
  mediaType!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) sizeBytes!: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 del contenido' })
  sha256!: string;
  @ApiProperty({ type: UploaderDto }) uploadedBy!: UploaderDto;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({ description: 'Ruta del contenido' }) contentUrl!: string;
}

export class AttachmentListDto {
  @ApiProperty({ type: [AttachmentDto] }) items!: AttachmentDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ description: 'Si usted puede adjuntar ahora' }) canAttach!: boolean;
}
