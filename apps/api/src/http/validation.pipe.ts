import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, ErrorCode, type FieldProblem } from '#core';

const number = (message: string): string => message.match(/-?\d+(\.\d+)?/)?.[0] ?? '';

/** Spanish wording for class-validator constraints: users read these. */
const SPANISH: Record<string, (message: string) => string> = {
  whitelistValidation: () => 'campo no permitido',
  isDefined: () => 'es obligatorio',
  isNotEmpty: () => 'es obligatorio',
  isString: () => 'debe ser texto',
  isInt: () => 'debe ser un número entero',
  isNumber: () => 'debe ser un número',
  isBoolean: () => 'debe ser verdadero o falso',
  isArray: () => 'debe ser una lista',
  isUuid: () => 'debe ser un identificador UUID',
  isUUID: () => 'debe ser un identificador UUID',
  isEmail: () => 'debe ser un correo electrónico válido',
  isIn: () => 'no es un valor permitido',
  isEnum: () => 'no es un valor permitido',
  isDateString: () => 'debe ser una fecha ISO 8601',
  isISO8601: () => 'debe ser una fecha ISO 8601 (AAAA-MM-DD)',
  min: (m) => `debe ser mayor o igual a ${number(m)}`,
  max: (m) => `debe ser menor o igual a ${number(m)}`,
  minLength: (m) => `debe tener al menos ${number(m)} caracteres`,
  maxLength: (m) => `debe tener como máximo ${number(m)} caracteres`,
  arrayMinSize: (m) => `debe tener al menos ${number(m)} elementos`,
  arrayMaxSize: (m) => `debe tener como máximo ${number(m)} elementos`,
  nestedValidation: () => 'debe ser un objeto válido',
};

const PRESENCE = new Set(['isNotEmpty', 'isDefined']);
const TYPE = new Set(['isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isUUID', 'isUuid']);

export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    const constraints = Object.entries(error.constraints ?? {});
    // A missing value or a wrong type fails every other rule too: say only the first thing to fix.
    const missing = constraints.filter(([key]) => PRESENCE.has(key));
    const wrongType = constraints.filter(([key]) => TYPE.has(key));
    const shown = missing.length > 0 ? missing : wrongType.length > 0 ? wrongType : constraints;
    const own = shown.map(([key, message]) => (SPANISH[key] ? SPANISH[key](message) : message));
    const nested = fieldProblems(error.children ?? [], `${field}.`);
    return own.length > 0 ? [{ field, messages: own }, ...nested] : nested;
  });
}

export const createValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problems = fieldProblems(errors);
      const fields = problems.map((p) => p.field).join(', ');
      return new DomainError(
        ErrorCode.VALIDATION_FAILED,
        fields ? `Datos inválidos en: ${fields}.` : 'Datos inválidos: se esperaba un objeto JSON.',
        { errors: problems },
      );
    },
  });
