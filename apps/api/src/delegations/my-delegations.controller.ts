import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { civilDateAt } from '#calendar';
import { Clock } from '#core';
import { DelegationsService, OrgDirectory } from '#org';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user.js';
import { ApiProblems } from '../http/openapi.js';
import { DelegationPageDto } from '../http/responses.dto.js';

/**
 * The caller's own delegations and encargaturas in force today: what the console offers as «en
 * ejercicio de» when signing (SIGN's delegationId). Never anyone else's.
 */
@ApiTags('delegaciones')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('me/delegations')
export class MyDelegationsController {
  constructor(
    private readonly delegations: DelegationsService,
    private readonly directory: OrgDirectory,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Sus delegaciones y encargaturas vigentes hoy',
    description:
      'Cualquier usuario con sesión: las delegaciones y encargaturas de las que usted es delegado, vigentes hoy (fecha civil de su municipalidad) y no revocadas, con su instrumento y materias. Con una de ellas firma una resolución (SIGN.delegationId).',
  })
  @ApiOkResponse({ type: DelegationPageDto })
  async mine(@CurrentUser() caller: AuthenticatedUser) {
    const { timeZone } = await this.directory.municipality(
      this.dataSource.manager,
      caller.municipalityId,
    );
    return this.delegations.list(caller.municipalityId, {
      delegateUserId: caller.id,
      activeOn: civilDateAt(this.clock.now(), timeZone),
      page: 1,
      pageSize: 100,
    });
  }
}
