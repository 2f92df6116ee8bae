/**
 * SUNAT's RUC: 11 digits, a taxpayer-type prefix and a módulo 11 check digit. 10: persona natural
 * (DNI); 15, 16, 17: personas naturales without DNI (foreigners, other documents); 20: persona
 * jurídica (every entity a municipality signs convenios with: companies, universities, other
 * public entities).
 */
export const RUC_PREFIXES = ['10', '15', '16', '17', '20'] as const;

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The check digit of the first ten digits: 11 − (Σ digit × weight mod 11), where 10 → 0 and 11 → 1. */
export function rucCheckDigit(first10: string): number {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first10[i]), 0);
  const digit = 11 - (sum % 11);
  return digit === 10 ? 0 : digit === 11 ? 1 : digit;
}

/** Whether `ruc` is a well-formed RUC whose last digit is its check digit. */
export function isValidRuc(ruc: string): boolean {
  if (!/^\d{11}$/.test(ruc)) return false;
  if (!(RUC_PREFIXES as readonly string[]).includes(ruc.slice(0, 2))) return false;
  return rucCheckDigit(ruc.slice(0, 10)) === Number(ruc[10]);
}
