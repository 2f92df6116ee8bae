import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MetricsService } from '../operations/metrics.service.js';
import { toProblem } from './problem-details.js';

/** The one place errors become HTTP answers (application/problem+json). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly metrics: MetricsService) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = toProblem(exception, request.url.split('?')[0]);
    this.metrics.problems.inc({ code: body.code, status: String(body.status) });
    if (body.status >= 500) {
      this.logger.error({ err: exception, url: request.url }, 'Error no controlado');
    }
    // A lockout says when to come back (the rate-limit plugin sets its own header).
    if (body.status === 429 && typeof body['retryAfter'] === 'number')
      void reply.header('retry-after', String(body['retryAfter']));
    void reply
      .status(body.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(body);
  }
}
