import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, ApiUuidParam } from '../http/openapi.js';
import { DelegationDto, DelegationPageDto } from '../http/responses.dto.js';
import { CreateDelegationDto, DelegationsService, RevokeDelegationDto, Role } from '#org';
import { type AuthenticatedUser, CurrentUser, Roles } from '../auth/authenticated-user.js';
import { uuidParam } from '../http/uuid-param.pipe.js';
import { DelegationListQueryDto } from './delegation-list-query.dto.js';

const uuid = uuidParam();

/**
 * Delegations and encargaturas (D10) of the caller's municipality, each with its legal instrument.
 * Administrators only; another municipality's delegation answers 404.
 */
@ApiTags('delegaciones')
@ApiBearerAuth()
@Roles(Role.ADMIN)
@ApiProblems(401, 403)
@Controller('admin/delegations')
export class DelegationsController {
  constructor(private readonly delegations: DelegationsService) {}

  @Post()
  @ApiOperation({
    summary:
      'Registra una delegación de competencia o de firma, o una encargatura, con su instrumento',
    description:
      'Solo ADMIN, en su municipalidad. La delegación cita su instrumento (p. ej. la resolución que la dispone), las materias que comprende y su vigencia; queda en la auditoría y la firma la consulta el día en que se firma.',
  })
  @ApiCreatedResponse({ type: DelegationDto, description: 'La delegación registrada' })
  @ApiProblems(400, 409)
  create(@CurrentUser() caller: AuthenticatedUser, @Body() body: CreateDelegationDto) {
    return this.delegations.create(caller.municipalityId, caller.id, body);
  }

  @Get()
  @ApiOperation({
    summary:
      'Delegaciones de la municipalidad (paginado); activeOn filtra las vigentes en una fecha',
    description:
      'Solo ADMIN: vigentes, vencidas y revocadas, con su delegado, instrumento, materias y vigencia; delegateUserId filtra por delegado.',
  })
  @ApiOkResponse({ type: DelegationPageDto })
  @ApiProblems(400)
  list(@CurrentUser() caller: AuthenticatedUser, @Query() query: DelegationListQueryDto) {
    return this.delegations.list(caller.municipalityId, query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Una delegación, con su delegado, instrumento, materias y vigencia',
    description: 'Solo ADMIN; una delegación de otra municipalidad responde 404.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: DelegationDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.delegations.get(caller.municipalityId, id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revoca la delegación (queda archivada con el motivo); una sola vez',
    description:
      'Solo ADMIN. La delegación deja de valer desde ese momento y nunca se borra; revocarla otra vez responde 409 DELEGATION_REVOKED. Queda en la auditoría.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: DelegationDto, description: 'La delegación revocada' })
  @ApiProblems(400, 404, 409)
  revoke(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: RevokeDelegationDto,
  ) {
    return this.delegations.revoke(caller.municipalityId, id, caller.id, body.reason);
  }
}
