import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CONVENIOS, ExpiringConvenios } from '#convenios';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user.js';
import { ApiProblems } from '../http/openapi.js';
import { actorOf } from '../workflow/workflow-request.js';
import { ExpiringConvenioPageDto, ExpiringConveniosQueryDto } from './expiring-convenios.dto.js';

/** «Convenios por vencer», a figure of the Alcaldía's board that the Convenios kind owns. */
@ApiTags('convenios')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller(CONVENIOS)
export class ExpiringConveniosController {
  constructor(private readonly expiring: ExpiringConvenios) {}

  @Get('expiring')
  @ApiOperation({
    summary:
      'Convenios por vencer: vigentes cuyo último día cae en los próximos días, el más próximo primero',
    description:
      'Los convenios vigentes (in_force) cuyo último día de vigencia cae entre hoy y withinDays días calendario después (90 por defecto, el primer aviso de vencimiento), con los días que les quedan, la contraparte, el número, la unidad solicitante y si hay una adenda de renovación en trámite. Paginado, con el total. Solo el Alcalde y el Gerente Municipal, como el tablero.',
  })
  @ApiOkResponse({ type: ExpiringConvenioPageDto })
  @ApiProblems(400)
  list(@CurrentUser() caller: AuthenticatedUser, @Query() query: ExpiringConveniosQueryDto) {
    return this.expiring.list(actorOf(caller), query);
  }
}
