import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHIPPED_PROFILES = join(process.cwd(), 'config/municipalities');

/**
 * A temporary copy of the shipped profiles (for `MUNICIPALITIES_DIR`) where the `yearNames` of
 * `codes` (default: all) also hold `names`: a suite that moves the manual clock past the last year
 * the profiles name signs there only with a name for it (D13: SIGN refuses a year without one).
 * The caller removes the directory.
 */
export function profilesWithYearNames(
  names: Record<number, string>,
  codes?: readonly string[],
): string {
  const dir = mkdtempSync(join(tmpdir(), 'perfiles-'));
  for (const file of readdirSync(SHIPPED_PROFILES).filter((f) => f.endsWith('.yaml'))) {
    const shipped = readFileSync(join(SHIPPED_PROFILES, file), 'utf8');
    let profile = shipped;
    if (!codes || codes.includes(file.replace(/\.yaml$/, ''))) {
      // A year the shipped profile already names keeps its real name.
      const lines = Object.entries(names)
        .filter(([year]) => !new RegExp(`^ {2}${year}: `, 'm').test(shipped))
        .map(([year, name]) => `  ${year}: '${name}'\n`);
      profile = shipped.replace(
        /^yearNames:\n((?: {2}\d{4}: .*\n)+)/m,
        `yearNames:\n$1${lines.join('')}`,
      );
      if (lines.length > 0 && profile === shipped)
        throw new Error(`${file}: no se encontró yearNames`);
    }
    writeFileSync(join(dir, file), profile);
  }
  return dir;
}

/**
 * A temporary copy of the shipped profiles (for `MUNICIPALITIES_DIR`) where each profile of
 * `codes` goes through `edit`; an edit that changes nothing throws (the shipped text moved). The
 * caller removes the directory.
 */
export function profilesEdited(
  codes: readonly string[],
  edit: (profile: string) => string,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'perfiles-'));
  for (const file of readdirSync(SHIPPED_PROFILES).filter((f) => f.endsWith('.yaml'))) {
    const shipped = readFileSync(join(SHIPPED_PROFILES, file), 'utf8');
    const edited = codes.includes(file.replace(/\.yaml$/, ''));
    const profile = edited ? edit(shipped) : shipped;
    if (edited && profile === shipped) throw new Error(`${file}: la edición no cambió nada`);
    writeFileSync(join(dir, file), profile);
  }
  return dir;
}
