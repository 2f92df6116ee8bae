import { BadRequestException, NotFoundException } from '@nestjs/common';
import { DomainError, ErrorCode } from '#core';
import { toProblem } from './problem-details.js';

describe('toProblem', () => {
  it('keeps a domain error code, Spanish detail and field list', () => {
    const error = new DomainError(ErrorCode.VALIDATION_FAILED, 'Datos inválidos en: x.', {
      errors: [{ field: 'x', messages: ['es obligatorio'] }],
    });
    expect(toProblem(error)).toEqual({
      type: 'urn:despacho:problema:validation-failed',
      title: 'Datos inválidos',
      status: 400,
      detail: 'Datos inválidos en: x.',
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'x', messages: ['es obligatorio'] }],
    });
  });

  it('maps framework and Fastify client errors by status', () => {
    expect(toProblem(new NotFoundException(), '/api/v1/x')).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      detail: 'La ruta /api/v1/x no existe.',
    });
    expect(toProblem(new BadRequestException('Unexpected token'))).toMatchObject({
      status: 400,
      code: 'MALFORMED_REQUEST',
    });
    expect(toProblem({ statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }).code).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(toProblem({ statusCode: 429 }).code).toBe('RATE_LIMITED');
  });

  it('never leaks internals of unexpected failures', () => {
    const body = toProblem(new Error('relation "users" does not exist at /app/x.js:1'));
    expect(body).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(body)).not.toMatch(/relation|users|x\.js/);
  });
});
