import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Registry } from 'prom-client';
import { QUEUE_BACKEND } from '#queue';
import { WorkflowMetrics } from '#workflow';
import { Public } from '../auth/authenticated-user.js';
import { MetricsService } from './metrics.service.js';
import { QueueHealthIndicator } from './queue.health.js';

@ApiTags('operación')
@Public()
@Controller()
export class OperationsController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
    private readonly metrics: MetricsService,
    private readonly workflow: WorkflowMetrics,
    @Inject(QUEUE_BACKEND) private readonly backend: string,
  ) {}

  @Get('health')
  @HealthCheck()
  @ApiOperation({ summary: 'Estado de la base de datos y de la cola (503 si alguna falla)' })
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 3000 }),
      () => this.queue.check('queue', this.backend),
    ]);
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({ summary: 'Métricas Prometheus' })
  scrape(): Promise<string> {
    return Registry.merge([this.metrics.registry, this.workflow.registry]).metrics();
  }
}
