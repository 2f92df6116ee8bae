import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BudgetBoard } from '#budget';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user.js';
import { ApiProblems } from '../http/openapi.js';
import { actorOf } from '../workflow/workflow-request.js';
import { PageQueryDto } from '../http/pagination.dto.js';
import { BudgetBoardPageDto } from './budget-board.dto.js';

/** «Documentos de gestión», a figure of the Alcaldía's board that the budget-reviews kind owns. */
@ApiTags('budget-reviews')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('budget/board')
export class BudgetBoardController {
  constructor(private readonly documents: BudgetBoard) {}

  @Get()
  @ApiOperation({
    summary: 'Documentos de gestión: los que aún no se aprueban, el más próximo primero',
    description:
      'Los documentos del calendario de gestión de todos los años sembrados que aún no se aprueban y tienen fecha, el último día más próximo primero (los vencidos antes), con su estado de plazo (on_time, at_risk: 15 días hábiles o menos, late) y, si su fecha está encadenada, el documento del que depende y los días hábiles. Con los conteos por estado de plazo y lo que está en revisión: los documentos presentados (OPP, Gerente, Alcalde, Concejo) con la suma de las cifras de su última versión, y las modificaciones presupuestarias aún sin decidir con la suma de sus montos, exactas en céntimos. Paginado con page y pageSize, como las demás listas. Solo el Alcalde y el Gerente Municipal, como el tablero.',
  })
  @ApiOkResponse({ type: BudgetBoardPageDto })
  @ApiProblems(400)
  board(@CurrentUser() caller: AuthenticatedUser, @Query() query: PageQueryDto) {
    return this.documents.board(actorOf(caller), query);
  }
}
