import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';
import { APP_CONFIG, type AppConfig, Clock, DomainError, ErrorCode, ManualClock } from '#core';
import { OutboxRelay, TimersService } from '#workflow';
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
@Controller('admin/clock')
export class ClockController {
  constructor(
    private readonly clock: Clock,
    private readonly relay: OutboxRelay,
    private readonly timers: TimersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'La hora del sistema y el modo del reloj' })
  get() {
    return { now: this.clock.now().toISOString(), mode: this.config.clock };
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Fija la hora (solo CLOCK=manual) y dispara antes de responder todo plazo ya vencido',
  })
  async set(@Body() body: SetClockDto) {
    if (!(this.clock instanceof ManualClock))
      throw new DomainError(
        ErrorCode.CLOCK_NOT_MANUAL,
        'El reloj del sistema no se puede mover: inicie Despacho con CLOCK=manual (demostraciones y pruebas).',
      );
    this.clock.set(new Date(body.now));
    // Deliver what transitions left in the outbox first, so their timers exist before they are run.
    await this.relay.drain();
    const fired = await this.timers.fireDueNow();
    await this.relay.drain();
    return { now: this.clock.now().toISOString(), mode: this.config.clock, firedTimers: fired };
  }
}
