import { readFileSync } from 'node:fs';
import { BadRequestException, NotFoundException } from '@nestjs/common';
import { CalendarRefusal } from '#calendar';
import { ConvenioRefusal } from '#convenios';
import { CouncilRefusal } from '#council';
import { DomainError, ErrorCode, refuse } from '#core';
import { DelegationRefusal, UserRefusal } from '#org';
import { ResolutionRefusal } from '#resolutions';
import { KernelRefusal } from '#workflow';
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

describe('every error code is documented (docs/errores.md)', () => {
  const documented = readFileSync(new URL('../../../../docs/errores.md', import.meta.url), 'utf8');
  const codes = [
    ...Object.values(ErrorCode),
    ...[
      ...Object.values(ResolutionRefusal),
      ...Object.values(CalendarRefusal),
      ...Object.values(KernelRefusal),
      ...Object.values(UserRefusal),
      ...Object.values(DelegationRefusal),
      ...Object.values(ConvenioRefusal),
      ...Object.values(CouncilRefusal),
    ].map((refusal) => refusal.code),
  ];

  it.each(codes)('%s', (code) => {
    expect(documented).toContain(`\`${code}\``);
  });

  it('a library refusal answers with its own code and status, and its Spanish detail', () => {
    const problem = toProblem(
      DomainError.of(
        refuse(ResolutionRefusal.REMEDY_WINDOW_CLOSED, 'El plazo para interponer recursos venció.'),
      ),
    );
    expect(problem).toEqual({
      type: 'urn:despacho:problema:remedy-window-closed',
      title: 'Plazo para recurrir vencido',
      status: 409,
      detail: 'El plazo para interponer recursos venció.',
      code: 'REMEDY_WINDOW_CLOSED',
    });
  });
});
