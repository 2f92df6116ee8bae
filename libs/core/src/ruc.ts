import { ValidateBy, type ValidationOptions } from 'class-validator';

/** The prefixes SUNAT gives: 10 natural person, 15 and 17 special cases, 16 not domiciled, 20 legal person. */
export const RUC_PREFIXES = ['10', '15', '16', '17', '20'] as const;

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export const RUC_INVALID_MESSAGE =
  'no es un RUC válido: el dígito verificador no corresponde (módulo 11 de SUNAT)';

/**
 * SUNAT's módulo 11 check digit of the first ten digits of a RUC: 11 − (Σ dᵢ·wᵢ mod 11), where
 * 10 becomes 0 and 11 becomes 1.
 */
export function rucCheckDigit(firstTen: string): number {
  if (!/^\d{10}$/.test(firstTen))
    throw new RangeError('Se esperaban los 10 primeros dígitos del RUC');
  const sum = WEIGHTS.reduce((total, weight, i) => total + Number(firstTen[i]) * weight, 0);
  return (11 - (sum % 11)) % 10;
}

/** 11 digits, a prefix SUNAT gives, and the last digit its check digit. */
export function isValidRuc(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{11}$/.test(value) &&
    (RUC_PREFIXES as readonly string[]).includes(value.slice(0, 2)) &&
    rucCheckDigit(value.slice(0, 10)) === Number(value[10])
  );
}

/** Why a value is not a RUC, in Spanish for the field's message; null when it is one. */
export function rucProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{11}$/.test(value)) return 'debe tener 11 dígitos';
  if (!(RUC_PREFIXES as readonly string[]).includes(value.slice(0, 2)))
    return `debe empezar por ${RUC_PREFIXES.slice(0, -1).join(', ')} o ${RUC_PREFIXES.at(-1)}`;
  return isValidRuc(value) ? null : RUC_INVALID_MESSAGE;
}

/** A RUC whose check digit corresponds (a counterpart of a convenio, a supplier). */
export const IsRuc = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isRuc',
      validator: {
        validate: (value: unknown) => rucProblem(value) === null,
        defaultMessage: (args) => rucProblem(args?.value) ?? '',
      },
    },
    options,
  );
