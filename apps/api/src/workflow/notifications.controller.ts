import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, ApiUuidParam } from '../http/openapi.js';
import { MarkedReadDto, NotificationDto, NotificationPageDto } from '../http/responses.dto.js';
import { IsOptional } from 'class-validator';
import { QueryBoolean } from '#core';
import { NotificationsService } from '#workflow';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user.js';
import { PageQueryDto } from '../http/pagination.dto.js';
import { uuidParam } from '../http/uuid-param.pipe.js';

export class InboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Solo las no leídas' })
  @IsOptional()
  @QueryBoolean()
  unread?: boolean;
}

/** The caller's inbox: requests for action, reminders, overdue alerts and escalations. */
@ApiTags('bandeja')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({
    summary: 'Bandeja del usuario, lo más reciente primero',
    description:
      'Las notificaciones de quien llama: pedidos de acción, recordatorios, alertas de vencimiento y escalamientos de los plazos, con el expediente y el plazo a que se refieren; unread cuenta las no leídas. unread=true lista solo esas.',
  })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiProblems(400)
  list(@CurrentUser() caller: AuthenticatedUser, @Query() query: InboxQueryDto) {
    return this.notifications.list(caller.id, {
      unread: query.unread ?? false,
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Marca como leídas todas las notificaciones',
    description:
      'Marca como leídas todas las notificaciones no leídas de quien llama y dice cuántas marcó; repetirlo marca 0.',
  })
  @ApiOkResponse({ type: MarkedReadDto })
  readAll(@CurrentUser() caller: AuthenticatedUser) {
    return this.notifications.markAllRead(caller.id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Marca una notificación como leída',
    description:
      'Solo una notificación propia (404 si es de otro usuario). Marcarla otra vez conserva la primera hora de lectura.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: NotificationDto })
  @ApiProblems(400, 404)
  read(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuidParam()) id: string) {
    return this.notifications.markRead(caller.id, id);
  }
}
