import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BudgetCalendar } from '#budget';
import { DomainError, ErrorCode } from '#core';
import { Role } from '#org';
import { type AuthenticatedUser, CurrentUser, Roles } from '../auth/authenticated-user.js';
import { ApiProblems, ApiUuidParam } from '../http/openapi.js';
import { actorOf } from '../workflow/workflow-request.js';
import {
  CalendarYearDto,
  ChangeBudgetDateDto,
  DateVersionDto,
  FiscalYearParamDto,
  SeedResultDto,
} from './budget-calendar.dto.js';

const idPipe = () =>
  new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError(ErrorCode.VALIDATION_FAILED, 'Datos inválidos en: id.', {
        errors: [{ field: 'id', messages: ['debe ser un identificador UUID'] }],
      }),
  });

/** The management calendar (issue 16): each fiscal year's budget and management documents. */
@ApiTags('budget-reviews')
@ApiBearerAuth()
@ApiProblems(401)
@Controller('budget/calendar')
export class BudgetCalendarController {
  constructor(private readonly calendar: BudgetCalendar) {}

  @Get(':year')
  @ApiOperation({
    summary: 'Calendario de gestión de un año fiscal',
    description:
      'Cualquier usuario con sesión de la municipalidad: cada documento del año con su unidad responsable, quién lo aprueba, su último día y la fuente legal de esa fecha, su estado y si va a tiempo (on_time), en riesgo (at_risk: 15 días hábiles o menos sin aprobar), vencido (late) o aprobado (done). Año fuera del rango del perfil: 400 year.',
  })
  @ApiOkResponse({ type: CalendarYearDto })
  @ApiProblems(400)
  year(@CurrentUser() caller: AuthenticatedUser, @Param() params: FiscalYearParamDto) {
    return this.calendar.year(actorOf(caller), params.year);
  }

  @Post(':year/seed')
  @Roles(Role.ADMIN)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Siembra el calendario de gestión de un año fiscal',
    description:
      'Solo ADMIN. Crea, como el sistema, un expediente budget-reviews por documento del perfil (budget.documents) que aún no exista para ese año, con su plazo legal (recordatorios a los 30, 15 y 5 días hábiles a la unidad responsable y al Gerente; escalamiento al Alcalde si vence). Idempotente: sembrar dos veces no crea nada nuevo (created = 0). Año fuera del rango del perfil: 400 year.',
  })
  @ApiOkResponse({ type: SeedResultDto })
  @ApiProblems(400, 403)
  seed(@CurrentUser() caller: AuthenticatedUser, @Param() params: FiscalYearParamDto) {
    return this.calendar.seed(actorOf(caller), params.year);
  }

  @Post('items/:id/dates')
  @Roles(Role.ADMIN)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Cambia la fecha de un documento del calendario, con su fuente legal',
    description:
      'Solo ADMIN. Agrega una versión de la fecha (las anteriores se conservan) y el expediente rearma su plazo legal. Con phase, la fecha es la de esa fase del documento (p. ej. del Presupuesto Participativo), y se rearma el plazo de la fase. La fuente legal es obligatoria (400 basis); una fase que el documento no tiene es 400 phase. Un documento ya aprobado, o una fase ya cumplida, no cambia de fecha (409 ITEM_CLOSED).',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: CalendarYearDto })
  @ApiProblems(400, 403, 404, 409)
  changeDate(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', idPipe()) id: string,
    @Body() body: ChangeBudgetDateDto,
  ) {
    return this.calendar.changeDate(actorOf(caller), id, body);
  }

  @Get('items/:id/dates')
  @ApiOperation({
    summary: 'Versiones de la fecha de un documento del calendario',
    description:
      'Cada versión con su fuente legal, quién la registró y cuándo; la más antigua primero.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: [DateVersionDto] })
  @ApiProblems(400, 404)
  dates(@CurrentUser() caller: AuthenticatedUser, @Param('id', idPipe()) id: string) {
    return this.calendar.dates(actorOf(caller), id);
  }
}
