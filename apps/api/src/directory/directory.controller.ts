import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ApiUuidParam } from '../http/openapi.js';
import { UnitDto, UnitListDto, UserDto, UserPageDto } from '../http/responses.dto.js';
import { type Unit, UnitsService, type User, UsersService } from '#org';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user.js';
import { PageQueryDto } from '../http/pagination.dto.js';
import { uuidParam } from '../http/uuid-param.pipe.js';

const uuid = uuidParam();

const unitView = (u: Unit) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  kind: u.kind,
  parentCode: u.parentCode,
});
const userView = (u: User) => ({
  id: u.id,
  username: u.username,
  fullName: u.fullName,
  post: u.post,
  unitId: u.unitId,
  roles: u.roles,
  active: u.active,
});

/** The caller's own municipality: its units and people. Another municipality's ids answer 404. */
@ApiTags('directorio')
@ApiBearerAuth()
@ApiProblems(401)
@Controller()
export class DirectoryController {
  constructor(
    private readonly units: UnitsService,
    private readonly users: UsersService,
  ) {}

  @Get('units')
  @ApiOperation({
    summary: 'Unidades orgánicas de la municipalidad del usuario',
    description:
      'Cualquier usuario con sesión: todas las unidades del organigrama de su municipalidad (del perfil), con su código, tipo y unidad superior. No está paginado.',
  })
  @ApiOkResponse({ type: UnitListDto })
  async listUnits(@CurrentUser() caller: AuthenticatedUser) {
    const items = (await this.units.list(caller.municipalityId)).map(unitView);
    return { items, total: items.length };
  }

  @Get('units/:id')
  @ApiOperation({
    summary: 'Una unidad orgánica de la municipalidad',
    description: 'Cualquier usuario con sesión; una unidad de otra municipalidad responde 404.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: UnitDto })
  @ApiProblems(400, 404)
  async getUnit(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuid) id: string) {
    return unitView(await this.units.get(caller.municipalityId, id));
  }

  @Get('users')
  @ApiOperation({
    summary: 'Personas de la municipalidad del usuario (paginado)',
    description:
      'Cualquier usuario con sesión: las personas de su municipalidad con su cargo, unidad y roles, para elegir destinatarios y responsables.',
  })
  @ApiOkResponse({ type: UserPageDto })
  @ApiProblems(400)
  async listUsers(@CurrentUser() caller: AuthenticatedUser, @Query() query: PageQueryDto) {
    const page = await this.users.list(caller.municipalityId, query.page, query.pageSize);
    return { ...page, items: page.items.map(userView) };
  }

  @Get('users/:id')
  @ApiOperation({
    summary: 'Una persona de la municipalidad',
    description: 'Cualquier usuario con sesión; una persona de otra municipalidad responde 404.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 404)
  async getUser(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuid) id: string) {
    return userView(await this.users.get(caller.municipalityId, id));
  }
}
