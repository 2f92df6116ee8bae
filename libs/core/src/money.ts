import { ValidateBy, type ValidationArguments } from 'class-validator';

/*
 * Money in soles, exact: a decimal text in the requests, integer céntimos in the contexts (never
 * floats). Shared by every kind that handles amounts (convenios, budget modifications).
 */

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

/** Why a text is not an amount in soles with at most 2 decimals; null when it is one. */
export function solesProblem(value: unknown): string | null {
  if (typeof value !== 'string')
    return 'debe ser un texto con el monto en soles, p. ej. "150000.50"';
  const text = value.trim();
  if (/^-/.test(text)) return 'no puede ser negativo';
  if (/^\d+\.\d{3,}$/.test(text)) return 'admite como máximo 2 decimales (céntimos)';
  if (!AMOUNT.test(text))
    return 'debe ser un monto en soles con punto decimal y sin separadores de miles, p. ej. 150000.50';
  if (parseSoles(text) === 0) return 'debe ser mayor que cero';
  return null;
}

/** "150000.5" → 15000050 céntimos; null when it is not an amount (see solesProblem). */
export function parseSoles(value: string): number | null {
  const text = value.trim();
  if (!AMOUNT.test(text)) return null;
  const [soles = '0', cents = ''] = text.split('.');
  return Number(soles) * 100 + Number(cents.padEnd(2, '0'));
}

/** 15000050 → "S/ 150,000.50" (es-PE: comma for thousands, point for decimals). */
export function formatSoles(cents: number): string {
  const soles = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `S/ ${soles}.${String(cents % 100).padStart(2, '0')}`;
}

/** An amount in soles as a decimal text, at most 2 decimals, positive (stored in céntimos). */
export const IsSolesAmount = () =>
  ValidateBy({
    name: 'isSolesAmount',
    validator: {
      validate: (value: unknown) => solesProblem(value) === null,
      defaultMessage: (args?: ValidationArguments) => solesProblem(args?.value) ?? '',
    },
  });

/**
 * A sum of céntimos as PostgreSQL returns it (bigint and numeric come as text): an exact integer,
 * or an error when it is not one a number holds exactly (above 90 billion soles).
 */
export function exactCents(sum: string | number): number {
  const cents = Number(sum);
  if (!Number.isSafeInteger(cents)) throw new Error(`Suma en céntimos no exacta: ${sum}`);
  return cents;
}
