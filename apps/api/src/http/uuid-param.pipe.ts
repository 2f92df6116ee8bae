import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError, ErrorCode } from '#core';

/** `:id` route parameters: a malformed id is the caller's mistake (400), not a missing row. */
export const uuidParam = (field = 'id') =>
  new ParseUUIDPipe({
    version: '4',
    exceptionFactory: () =>
      new DomainError(ErrorCode.VALIDATION_FAILED, `Datos inválidos en: ${field}.`, {
        errors: [{ field, messages: ['debe ser un identificador UUID'] }],
      }),
  });
