import { Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, ApiUuidParam } from '../http/openapi.js';
import { QueueCheckDto } from '../http/responses.dto.js';
import { NotFoundError } from '#core';
import { QueueCheckService } from '#queue';
import { Roles } from '../auth/authenticated-user.js';

/** Lets an administrator prove that jobs flow end to end (enqueue → worker → database). */
@ApiTags('administración')
@ApiBearerAuth()
@Roles('ADMIN')
@ApiProblems(401, 403)
@Controller('admin/queue-checks')
export class QueueCheckController {
  constructor(private readonly checks: QueueCheckService) {}

  @Post()
  @ApiOperation({
    summary: 'Encola un trabajo de prueba; consulte su estado con GET',
    description:
      'Solo ADMIN. Registra una verificación y encola un trabajo que el worker marca al procesarlo: prueba de punta a punta de la cola (API → cola → worker → base de datos).',
  })
  @ApiCreatedResponse({ type: QueueCheckDto, description: 'La verificación encolada' })
  request() {
    return this.checks.request();
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Estado de una verificación de cola',
    description:
      'Solo ADMIN. processedAt deja de ser null cuando el worker procesó el trabajo; deliveries cuenta las entregas (más de una si la cola lo reentregó).',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: QueueCheckDto })
  @ApiProblems(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string) {
    const check = await this.checks.find(id);
    if (!check) throw new NotFoundError('La verificación de cola');
    return check;
  }
}
