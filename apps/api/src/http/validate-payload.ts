import type { Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { fieldProblems, validationFailed } from './validation.pipe.js';

/**
 * Validates a body whose class is known only at run time (an event's payload), with the same
 * rules and Spanish messages as the global pipe. `null` means the payload has no fields.
 */
export async function validatePayload(
  dto: Type<object> | null,
  plain: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (dto === null) {
    const extra = Object.keys(plain);
    if (extra.length > 0)
      throw validationFailed(extra.map((field) => ({ field, messages: ['campo no permitido'] })));
    return {};
  }
  const instance = plainToInstance(dto, plain);
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) throw validationFailed(fieldProblems(errors));
  return { ...instance } as Record<string, unknown>;
}
