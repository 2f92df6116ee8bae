import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
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
  isObject: () => 'debe ser un objeto',
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
const TYPE = new Set([
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'isUUID',
  'isUuid',
]);

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

// NUL is exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first field holding text PostgreSQL cannot store (NUL, an unpaired surrogate), or null. */
export function unstorableTextField(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path || 'body' : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (UNSTORABLE.test(key)) return field;
    const found = unstorableTextField(child, field);
    if (found !== null) return found;
  }
  return null;
}

/** 400 VALIDATION_FAILED naming each offending field. */
export const validationFailed = (problems: FieldProblem[]) =>
  new DomainError(
    ErrorCode.VALIDATION_FAILED,
    problems.length > 0
      ? `Datos inválidos en: ${problems.map((p) => p.field).join(', ')}.`
      : 'Datos inválidos: se esperaba un objeto JSON.',
    { errors: problems },
  );

/** class-validator with Spanish messages, after refusing text no column could hold. */
class DespachoValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const field = unstorableTextField(
        value,
        metadata.type === 'param' ? (metadata.data ?? '') : '',
      );
      if (field !== null)
        throw validationFailed([
          {
            field,
            messages: ['contiene caracteres no permitidos (carácter nulo o Unicode inválido)'],
          },
        ]);
    }
    return super.transform(value, metadata);
  }
}

export const createValidationPipe = (): ValidationPipe =>
  new DespachoValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(fieldProblems(errors)),
  });
