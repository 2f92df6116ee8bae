import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BoardService } from '#workflow';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user.js';
import { ApiProblems } from '../http/openapi.js';
import { PageQueryDto } from '../http/pagination.dto.js';
import { actorOf } from '../workflow/workflow-request.js';
import {
  BoardSummaryDto,
  EscalationPageDto,
  SignedPageDto,
  SignedQueryDto,
  TimeInStateDto,
  TimeInStateQueryDto,
} from './board.dto.js';

/** The Alcaldía's tracking board: aggregates of the whole municipality, for the Alcalde and the Gerente. */
@ApiTags('tablero')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Get()
  @ApiOperation({
    summary: 'El tablero del Despacho de Alcaldía',
    description:
      'Qué espera a quién (por unidad y por cargo, con los vencidos), plazos de los próximos 10 días hábiles, resoluciones firmadas en el mes por serie y los últimos escalamientos. Cada cifra tiene su lista: GET /work-items?scope=all con los filtros de la cifra, /board/signed y /board/escalations. Solo el Alcalde y el Gerente Municipal.',
  })
  @ApiOkResponse({ type: BoardSummaryDto })
  summary(@CurrentUser() caller: AuthenticatedUser) {
    return this.board.summary(actorOf(caller));
  }

  @Get('time-in-state')
  @ApiOperation({
    summary: 'Mediana y percentil 90 del tiempo en cada estado',
    description:
      'Sobre las permanencias que terminaron en los últimos 30 o 90 días de calendario, hoy incluido (tiempo corrido, en segundos), por tipo de expediente y estado. Se leen de histogramas diarios con tramos de 10 %: a menos de 5 % de los valores exactos.',
  })
  @ApiOkResponse({ type: TimeInStateDto })
  @ApiProblems(400)
  timeInState(@CurrentUser() caller: AuthenticatedUser, @Query() query: TimeInStateQueryDto) {
    return this.board.timeInState(actorOf(caller), query.days);
  }

  @Get('signed')
  @ApiOperation({
    summary: 'Lo firmado y numerado en el mes, el último primero',
    description: 'Las entradas del registro de este mes (hora de la municipalidad), por serie.',
  })
  @ApiOkResponse({ type: SignedPageDto })
  @ApiProblems(400)
  signed(@CurrentUser() caller: AuthenticatedUser, @Query() query: SignedQueryDto) {
    return this.board.signedThisMonth(actorOf(caller), {
      series: query.series,
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  @Get('escalations')
  @ApiOperation({
    summary: 'Plazos vencidos elevados al superior, el último primero',
    description:
      'Cada escalamiento disparado: el expediente, el plazo vencido, el nivel y a quién se elevó.',
  })
  @ApiOkResponse({ type: EscalationPageDto })
  @ApiProblems(400)
  escalations(@CurrentUser() caller: AuthenticatedUser, @Query() query: PageQueryDto) {
    return this.board.escalations(actorOf(caller), { page: query.page, pageSize: query.pageSize });
  }
}
