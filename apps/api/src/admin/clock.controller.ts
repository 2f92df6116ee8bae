import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/openapi.js';
import { ClockDto, ClockMoveDto } from '../http/responses.dto.js';
import { IsISO8601 } from 'class-validator';
import { APP_CONFIG, type AppConfig, Clock } from '#core';
import { ManualTimeService } from '#workflow';
import { Roles } from '../auth/authenticated-user.js';

export class SetClockDto {
  @ApiProperty({ example: '2026-12-15T15:00:00Z', description: 'Instante ISO 8601 con zona' })
  @IsISO8601({ strict: true, strictSeparator: true })
  now!: string;
}

/** Demos, training and tests (CLOCK=manual): move time and see every timer now due fire. */
@ApiTags('administración')
@ApiBearerAuth()
@Roles('ADMIN')
@ApiProblems(401, 403)
@Controller('admin/clock')
export class ClockController {
  constructor(
    private readonly clock: Clock,
    private readonly time: ManualTimeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'La hora del sistema y el modo del reloj',
    description:
      'Solo ADMIN. La hora con que Despacho cuenta los plazos y si es la del sistema (system) o la fijada a mano (manual, para demostraciones y capacitación).',
  })
  @ApiOkResponse({ type: ClockDto })
  async get() {
    await this.clock.sync();
    return { now: this.clock.now().toISOString(), mode: this.config.clock };
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Fija la hora de todo el despliegue (solo CLOCK=manual) y responde cuando se dispararon los plazos ya vencidos',
    description:
      'La hora vive en la base de datos: la API y los workers la comparten. Con API y worker en procesos separados, la respuesta espera a que el worker dispare lo vencido (503 CLOCK_TIMERS_PENDING si no lo hace en CLOCK_MOVE_TIMEOUT_MS, 30 s por defecto). Se admite retroceder: lo ya disparado no se deshace y nada se dispara antes de su hora.',
  })
  @ApiOkResponse({ type: ClockMoveDto })
  @ApiProblems(400, 409, 503)
  async set(@Body() body: SetClockDto) {
    const moved = await this.time.move(new Date(body.now));
    return {
      now: moved.now.toISOString(),
      mode: this.config.clock,
      firedTimers: moved.firedTimers,
    };
  }
}
