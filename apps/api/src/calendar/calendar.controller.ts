import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, ApiUuidParam } from '../http/openapi.js';
import { DeadlineResultDto, HolidayListDto, NonWorkingDayDto } from '../http/responses.dto.js';
import { CalendarService } from '#calendar';
import { DomainError, ErrorCode } from '#core';
import { Role } from '#org';
import { type AuthenticatedUser, CurrentUser, Roles } from '../auth/authenticated-user.js';
import { CreateNonWorkingDayDto, DeadlineQueryDto, HolidaysQueryDto } from './calendar.dto.js';

/** A malformed id is bad input (400 naming the field), not a missing resource. */
function idPipe(): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError(ErrorCode.VALIDATION_FAILED, 'Datos inválidos en: id.', {
        errors: [{ field: 'id', messages: ['debe ser un identificador UUID'] }],
      }),
  });
}

/** The caller's municipality calendar (D1–D3): what is not a business day, and term arithmetic. */
@ApiTags('calendario')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('holidays')
  @ApiOperation({
    summary: 'Feriados y días no laborables del año, cada uno con su norma, y la versión',
    description:
      'Cualquier usuario con sesión: los feriados nacionales (calculados) y los días no laborables de su municipalidad para el año, cada uno con la norma que lo establece. version sube con cada cambio del calendario de la municipalidad.',
  })
  @ApiOkResponse({ type: HolidayListDto })
  @ApiProblems(400)
  holidays(@CurrentUser() caller: AuthenticatedUser, @Query() query: HolidaysQueryDto) {
    return this.calendar.holidays(caller.municipalityId, query.year);
  }

  @Get('deadline')
  @ApiOperation({
    summary: 'Vencimiento de un plazo: el día 1 es el primer día hábil siguiente a "from" (D2)',
    description:
      'Cualquier usuario con sesión: calcula con el calendario de su municipalidad el último día de un plazo de days días hábiles (unit=business, por defecto) o calendario contados desde from, como lo hace el motor para los expedientes.',
  })
  @ApiOkResponse({ type: DeadlineResultDto })
  @ApiProblems(400)
  deadline(@CurrentUser() caller: AuthenticatedUser, @Query() query: DeadlineQueryDto) {
    return this.calendar.deadline(caller.municipalityId, query);
  }

  @Post('non-working-days')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'Agrega un día no laborable o feriado regional a la municipalidad',
    description:
      'Solo ADMIN. El día pasa a ser inhábil para su municipalidad (409 DAY_ALREADY_NON_WORKING si ya lo era), sube la versión del calendario y los plazos abiertos que lo cruzan se recalculan. Queda en la auditoría.',
  })
  @ApiCreatedResponse({ type: NonWorkingDayDto })
  @ApiProblems(400, 403, 409)
  add(@CurrentUser() caller: AuthenticatedUser, @Body() body: CreateNonWorkingDayDto) {
    return this.calendar.addNonWorkingDay(caller.municipalityId, body, caller.id);
  }

  @Delete('non-working-days/:id')
  @Roles(Role.ADMIN)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Retira un día no laborable de la municipalidad (queda archivado)',
    description:
      'Solo ADMIN. El registro no se borra: queda archivado con quién lo retiró y la versión; un día nacional no se retira (403 NATIONAL_DAY_NOT_REMOVABLE). Los plazos abiertos se recalculan.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: NonWorkingDayDto })
  @ApiProblems(400, 403, 404, 409)
  remove(@CurrentUser() caller: AuthenticatedUser, @Param('id', idPipe()) id: string) {
    return this.calendar.removeNonWorkingDay(caller.municipalityId, id, caller.id);
  }
}
