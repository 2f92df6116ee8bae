import { Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '#core';
import { QueueCheckService } from '#queue';
import { Roles } from '../auth/authenticated-user.js';

/** Lets an administrator prove that jobs flow end to end (enqueue → worker → database). */
@ApiTags('administración')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('admin/queue-checks')
export class QueueCheckController {
  constructor(private readonly checks: QueueCheckService) {}

  @Post()
  @ApiOperation({ summary: 'Encola un trabajo de prueba; consulte su estado con GET' })
  request() {
    return this.checks.request();
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    const check = await this.checks.find(id);
    if (!check) throw new NotFoundError('La verificación de cola');
    return check;
  }
}
