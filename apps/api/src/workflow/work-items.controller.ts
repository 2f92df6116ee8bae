import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WorkItemsService } from '#workflow';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user.js';
import { ApiProblems } from '../http/openapi.js';
import { actorOf } from './workflow-request.js';
import { WorkItemCountsDto, WorkItemPageDto, WorkItemQueryDto } from './work-items.dto.js';

/** "Pendientes conmigo": what the caller must do, across every kind of file. */
@ApiTags('pendientes')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('work-items')
export class WorkItemsController {
  constructor(private readonly workItems: WorkItemsService) {}

  @Get()
  @ApiOperation({
    summary: 'Pendientes de quien llama, el más próximo a vencer primero',
    description:
      'Lo que debe hacer quien llama en cualquier tipo de expediente (firmar, visar, opinar, subsanar, informar, revisar, resolver un recurso…): lo de su unidad, lo de sus roles (p. ej. solo el Gerente firma) y lo de los roles que ejerce por delegación o encargatura vigente. Con el último día del plazo, los días hábiles que quedan (negativos si venció) y total/overdue de la lista pedida. Los que no tienen plazo van al final.',
  })
  @ApiOkResponse({ type: WorkItemPageDto })
  @ApiProblems(400, 403)
  list(@CurrentUser() caller: AuthenticatedUser, @Query() query: WorkItemQueryDto) {
    return this.workItems.list(actorOf(caller), {
      scope: query.scope,
      role: query.role,
      kind: query.kind,
      unitId: query.unitId,
      overdue: query.overdue,
      dueBefore: query.dueBefore,
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  @Get('counts')
  @ApiOperation({
    summary: 'Cuántos pendientes tiene quien llama, y cuántos vencidos, por tipo',
    description: 'Los números de la navegación de la consola.',
  })
  @ApiOkResponse({ type: WorkItemCountsDto })
  counts(@CurrentUser() caller: AuthenticatedUser) {
    return this.workItems.counts(actorOf(caller));
  }
}
