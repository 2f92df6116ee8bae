import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { uuidParam } from '../http/uuid-param.pipe.js';
import { UserListQueryDto } from './user-list-query.dto.js';

const uuid = uuidParam();

/**
 * Users of the caller's municipality, managed by its administrators; every change is audited.
 * Another municipality's user answers 404.
 */
@ApiTags('usuarios')
@ApiBearerAuth()
@Roles(Role.ADMIN)
@Controller('admin/users')
export class UsersAdminController {
  constructor(private readonly users: UserAdministration) {}

  @Post()
  @ApiOperation({ summary: 'Crea un usuario con su unidad, roles y contraseña inicial' })
  create(@CurrentUser() caller: AuthenticatedUser, @Body() body: CreateUserDto) {
    return this.users.create(caller.municipalityId, caller.id, body);
  }

  @Get()
  @ApiOperation({
    summary: 'Usuarios de la municipalidad (paginado; filtros active, role, unitId)',
  })
  list(@CurrentUser() caller: AuthenticatedUser, @Query() query: UserListQueryDto) {
    return this.users.list(caller.municipalityId, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Un usuario: unidad, roles, estado y si es de demostración' })
  get(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.users.get(caller.municipalityId, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Cambia nombre, cargo, unidad o roles; vale desde la siguiente solicitud del usuario',
  })
  update(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateUserDto,
  ) {
    return this.users.update(caller.municipalityId, caller.id, id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Desactiva la cuenta y cierra todas sus sesiones (con motivo)' })
  deactivate(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: DeactivateUserDto,
  ) {
    return this.users.deactivate(caller.municipalityId, caller.id, id, body.reason);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reactiva la cuenta: puede volver a iniciar sesión' })
  reactivate(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.users.reactivate(caller.municipalityId, caller.id, id);
  }

  @Post(':id/password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Fija una contraseña nueva y cierra todas las sesiones del usuario' })
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
  })
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
