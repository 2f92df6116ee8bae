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

/** A position in a list (`:addressee`, `:remedy`): digits only, 0 to 999; anything else is 400. */
export const indexParam = (field: string) => ({
  transform(value: unknown): number {
    // The global pipe may already have turned the text into a number (the handler declares one).
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !/^\d{1,3}$/.test(text))
      throw new DomainError(ErrorCode.VALIDATION_FAILED, `Datos inválidos en: ${field}.`, {
        errors: [
          { field, messages: ['debe ser un número entero entre 0 y 999 (posición en la lista)'] },
        ],
      });
    return Number(text);
  },
});
