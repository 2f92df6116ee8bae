import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The login form accepts at most this many characters: a longer password could never be used. */
export const PASSWORD_MAX_LENGTH = 200;
export const PASSWORD_MIN_LENGTH_DEFAULT = 12;

/** What the policy knows of the account besides the password. */
export interface PasswordContext {
  readonly minLength: number;
  readonly username?: string;
  readonly fullName?: string;
}

/**
 * ~49 000 passwords seen most often in public breaches (zxcvbn-ts "passwords-common", MIT), read
 * once from the package's plain JSON source; the package's code is never run.
 */
let common: ReadonlySet<string> | undefined;
function commonPasswords(): ReadonlySet<string> {
  if (!common) {
    const require = createRequire(import.meta.url);
    const path = require.resolve('@zxcvbn-ts/language-common/src/passwords.json');
    const list = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (!Array.isArray(list)) throw new Error('Lista de contraseñas comunes ilegible');
    common = new Set(list.filter((p): p is string => typeof p === 'string'));
  }
  return common;
}

/** Words anyone would try first against this system, on top of the breached list. */
const CONTEXT_WORDS = new Set(['despacho', 'municipalidad', 'municipio', 'gerencia', 'alcaldia']);

/** Lower case without accents, so «Pérez» and «perez» compare equal. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** «aaaa…», «1234…», «abcd…», «9876…»: every step the same and of size 0 or ±1 (digits wrap). */
function isMonotonous(password: string): boolean {
  const codes = [...password].map((c) => c.codePointAt(0) ?? 0);
  const distinct = new Set(codes).size;
  if (distinct <= 3) return true;
  const step = (a: number, b: number): number => {
    const d = b - a;
    // 9→0 and 0→9 continue a digit sequence.
    if (a === 57 && b === 48) return 1;
    if (a === 48 && b === 57) return -1;
    return d;
  };
  const first = step(codes[0] ?? 0, codes[1] ?? 0);
  if (Math.abs(first) !== 1) return false;
  for (let i = 2; i < codes.length; i++)
    if (step(codes[i - 1] ?? 0, codes[i] ?? 0) !== first) return false;
  return true;
}

/**
 * What is wrong with a candidate password, in Spanish, one message per failed rule; empty when it
 * is acceptable. Never repeats the password. Rules (NIST SP 800-63B): a minimum length, no common
 * or breached password (also with digits or symbols only added at its ends), nothing derived from
 * the account (user name, name parts), not monotonous. No composition rules (they do not help).
 */
export function passwordProblems(password: string, context: PasswordContext): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < context.minLength)
    problems.push(`debe tener al menos ${context.minLength} caracteres (tiene ${length})`);
  if (length > PASSWORD_MAX_LENGTH)
    problems.push(`debe tener como máximo ${PASSWORD_MAX_LENGTH} caracteres`);

  const folded = fold(password);
  const compact = folded.replace(/[^\p{L}\p{N}]/gu, '');
  const username = fold(context.username ?? '');
  // "mml.jperez" → also "jperez": the part after the municipality prefix is the personal one.
  const userParts = [username, username.slice(username.indexOf('.') + 1)].filter(
    (p) => p.length >= 3,
  );
  if (userParts.some((p) => folded.includes(p) || compact.includes(p.replace(/\./g, ''))))
    problems.push('no debe contener el nombre de usuario');

  const nameParts = fold(context.fullName ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    // Four letters or more: "de", "del", "la" are particles, not the person.
    .filter((p) => p.length >= 4);
  if (nameParts.some((p) => compact.includes(p)))
    problems.push('no debe contener su nombre ni sus apellidos');

  const list = commonPasswords();
  // "Password2026!" is "password" with a year and a symbol: as weak as the word alone.
  const core = folded.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (list.has(folded) || list.has(compact) || CONTEXT_WORDS.has(compact))
    problems.push('es una contraseña común o expuesta en filtraciones conocidas');
  else if (core.length >= 4 && (list.has(core) || CONTEXT_WORDS.has(core)))
    problems.push('es una contraseña común con números o símbolos añadidos');

  if (length > 0 && isMonotonous(password))
    problems.push('es demasiado previsible: repite pocos caracteres o sigue una secuencia');
  return problems;
}
