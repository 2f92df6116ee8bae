import {
  Controller,
  Get,
  Header,
  Headers,
  Inject,
  NotFoundException,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/openapi.js';
import { HealthDto } from '../http/responses.dto.js';
import {
  type HealthCheckResult,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { Registry } from 'prom-client';
import { QUEUE_BACKEND } from '#queue';
import { WorkflowMetrics } from '#workflow';
import { DomainError, ErrorCode } from '#core';
import { Public } from '../auth/authenticated-user.js';
import { MetricsService } from './metrics.service.js';
import { ObserverAccess } from './observer-access.js';
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
    private readonly access: ObserverAccess,
  ) {}

  @Get('health')
  @ApiOperation({
    summary:
      'Estado de la base de datos y de la cola (503 si alguna falla): {status}; el detalle solo para ADMIN o con el token de métricas',
    description:
      'Sin autenticación, para balanceadores y orquestadores: 200 si la base de datos y la cola responden, 503 si no. Quien llama sin ser ADMIN (o sin el token de métricas) solo ve status, no qué falla ni qué backend se usa.',
  })
  @ApiOkResponse({ type: HealthDto })
  @ApiResponse({ status: 503, type: HealthDto, description: 'Alguna dependencia falla' })
  async check(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HealthCheckResult | Pick<HealthCheckResult, 'status'>> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check([
        () => this.database.pingCheck('database', { timeout: 3000 }),
        () => this.queue.check('queue', this.backend),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      result = error.getResponse() as HealthCheckResult;
      void reply.status(503);
    }
    // Anonymous callers learn up or down, not which backend or what failed.
    return (await this.access.maySeeHealthDetails(authorization))
      ? result
      : { status: result.status };
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({
    summary: 'Métricas Prometheus (con METRICS_TOKEN: Authorization: Bearer <token>)',
    description:
      'Formato de exposición de Prometheus: solicitudes HTTP, problemas por código, transiciones y plazos. Solo si EXPOSE_METRICS (404 si no); con METRICS_TOKEN configurado, solo con ese token (401 sin él).',
  })
  @ApiOkResponse({
    description: 'Formato de exposición de Prometheus',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiProblems(401, 404)
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (!this.access.metricsExposed) throw new NotFoundException();
    if (!this.access.mayScrape(authorization))
      throw new DomainError(
        ErrorCode.UNAUTHENTICATED,
        'Las métricas requieren el token de métricas (Authorization: Bearer …).',
      );
    return Registry.merge([this.metrics.registry, this.workflow.registry]).metrics();
  }
}
