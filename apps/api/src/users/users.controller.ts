import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ChangeOwnPasswordDto,
  CreateUserDto,
  DeactivateUserDto,
  ResetPasswordDto,
  Role,
  UpdateUserDto,
  UserAdministration,
} from '#org';
import { type AuthenticatedUser, CurrentUser, Roles } from '../auth/authenticated-user.js';
import { ApiProblems, ApiUuidParam } from '../http/openapi.js';
import { AdminUserDto, AdminUserPageDto } from '../http/responses.dto.js';
import { uuidParam } from '../http/uuid-param.pipe.js';
import { UserListQueryDto } from './user-list-query.dto.js';

const uuid = uuidParam();

/**
 * Users of the caller's municipality, managed by its administrators; every change is audited.
 * Another municipality's user answers 404.
 */
@ApiTags('usuarios')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Roles(Role.ADMIN)
@Controller('admin/users')
export class UsersAdminController {
  constructor(private readonly users: UserAdministration) {}

  @Post()
  @ApiOperation({
    summary: 'Crea un usuario con su unidad, roles y contraseña inicial',
    description:
      'Solo ADMIN, en su municipalidad. La contraseña inicial cumple la política de contraseñas (400 con cada motivo); ADMIN no se combina con otros roles; el nombre es único en la instalación (409 USERNAME_TAKEN). El alta queda en la auditoría.',
  })
  @ApiCreatedResponse({ type: AdminUserDto })
  @ApiProblems(400, 409)
  create(@CurrentUser() caller: AuthenticatedUser, @Body() body: CreateUserDto) {
    return this.users.create(caller.municipalityId, caller.id, body);
  }

  @Get()
  @ApiOperation({
    summary: 'Usuarios de la municipalidad (paginado; filtros active, role, unitId)',
    description:
      'Solo ADMIN: las cuentas de su municipalidad, activas o no, con unidad, roles y si son de demostración.',
  })
  @ApiOkResponse({ type: AdminUserPageDto })
  @ApiProblems(400)
  list(@CurrentUser() caller: AuthenticatedUser, @Query() query: UserListQueryDto) {
    return this.users.list(caller.municipalityId, query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Un usuario: unidad, roles, estado y si es de demostración',
    description: 'Solo ADMIN; una cuenta de otra municipalidad responde 404.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.users.get(caller.municipalityId, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Cambia nombre, cargo, unidad o roles; vale desde la siguiente solicitud del usuario',
    description:
      'Solo ADMIN. Cada solicitud relee roles y unidad, así que el usuario no necesita volver a iniciar sesión; nadie deja a la municipalidad sin ADMIN activo (409 ADMIN_LOCKOUT). Cada campo cambiado queda en la auditoría con su valor anterior.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblems(400, 404, 409)
  update(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateUserDto,
  ) {
    return this.users.update(caller.municipalityId, caller.id, id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Desactiva la cuenta y cierra todas sus sesiones (con motivo)',
    description:
      'Solo ADMIN. La cuenta deja de poder iniciar sesión y sus sesiones se revocan en la misma transacción; un ADMIN no se desactiva a sí mismo ni al último ADMIN activo (409 ADMIN_LOCKOUT). Repetirlo no es un error.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblems(400, 404, 409)
  deactivate(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: DeactivateUserDto,
  ) {
    return this.users.deactivate(caller.municipalityId, caller.id, id, body.reason);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reactiva la cuenta: puede volver a iniciar sesión',
    description:
      'Solo ADMIN. Las sesiones cerradas al desactivarla no reviven: el usuario inicia sesión de nuevo. Repetirlo no es un error.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblems(400, 404)
  reactivate(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.users.reactivate(caller.municipalityId, caller.id, id);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Desbloquea la cuenta bloqueada por intentos fallidos de inicio de sesión',
    description:
      'Levanta el bloqueo por intentos fallidos (`LOGIN_LOCKOUT_THRESHOLD`) antes de que venza ' +
      'solo y pone en cero el conteo de fallos de la cuenta, p. ej. cuando ya se verificó al ' +
      'titular. Queda en la auditoría como `account.unlocked` (`reason: administrador`) con quien ' +
      'lo hizo y cuándo. No cambia la contraseña ni cierra sesiones. Desbloquear una cuenta sin ' +
      'bloqueo ni fallos no es un error ni deja entrada en la auditoría. Solo `ADMIN`, y solo ' +
      'cuentas de su municipalidad: una de otra responde 404. Responde el usuario, con ' +
      '`locked: false`.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: AdminUserDto, description: 'El usuario, ya desbloqueado' })
  @ApiProblems(400, 404)
  unlock(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.users.unlock(caller.municipalityId, caller.id, id);
  }

  @Post(':id/password')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Fija una contraseña nueva, cierra todas las sesiones del usuario y levanta su bloqueo',
    description:
      'Solo ADMIN, para otra cuenta de su municipalidad (la propia se cambia con POST /api/v1/me/password: 403 SELF_PASSWORD_RESET). La contraseña cumple la política de contraseñas; nunca se audita ni se devuelve. Si la cuenta estaba bloqueada por intentos fallidos, el bloqueo se levanta en la misma transacción (`clearedLockout` en la auditoría `user.password_reset`).',
  })
  @ApiUuidParam()
  @ApiNoContentResponse({ description: 'Contraseña cambiada' })
  @ApiProblems(400, 404)
  async resetPassword(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: ResetPasswordDto,
  ): Promise<void> {
    await this.users.resetPassword(caller.municipalityId, caller.id, id, body.password);
  }
}

/** What any logged-in user does on their own account. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class OwnAccountController {
  constructor(private readonly users: UserAdministration) {}

  @Post('password')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Cambia la propia contraseña (pide la actual); cierra las demás sesiones',
    description:
      'Cualquier usuario con sesión. Una contraseña actual incorrecta responde 403 CURRENT_PASSWORD_INVALID y cuenta como login fallido (bloqueo de la cuenta: 429 con Retry-After); la sesión actual sigue válida.',
  })
  @ApiNoContentResponse({ description: 'Contraseña cambiada' })
  @ApiProblems(400, 401, 403, 429)
  async changePassword(
    @CurrentUser() caller: AuthenticatedUser,
    @Body() body: ChangeOwnPasswordDto,
  ): Promise<void> {
    await this.users.changeOwnPassword(
      {
        id: caller.id,
        username: caller.username,
        municipalityId: caller.municipalityId,
        sessionId: caller.sessionId,
      },
      body.currentPassword,
      body.newPassword,
    );
  }
}
