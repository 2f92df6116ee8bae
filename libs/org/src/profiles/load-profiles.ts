import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { parse } from 'yaml';
import { delegationTableProblems } from '../delegation-rules.js';
import { describeRoleUnitMismatches, roleUnitMismatches, UNIT_KINDS } from '../roles.js';
import { budgetProfileProblems } from './budget-profile.js';
import { councilProfileProblems } from './council-profile.js';
import { MunicipalityProfile } from './municipality-profile.js';

/** class-validator errors as `path.to.field: message` lines. */
export const validationMessages = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((c) => `${prefix}${e.property}: ${c}`),
    ...validationMessages(e.children ?? [], `${prefix}${e.property}.`),
  ]);

/** Reads and validates every profile in `dir`; a broken profile stops the boot with its file and field. */
export function loadMunicipalityProfiles(dir: string): MunicipalityProfile[] {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`No hay perfiles de municipalidad en ${dir}`);
  return files.map((file) => {
    const profile = plainToInstance(
      MunicipalityProfile,
      parse(readFileSync(join(dir, file), 'utf8')),
    );
    const problems = validationMessages(validateSync(profile));
    const codes = new Set(profile.units?.map((u) => u.code) ?? []);
    for (const kind of UNIT_KINDS.filter((k) => k !== 'oficina' && k !== 'gerencia_linea')) {
      if (!profile.units?.some((u) => u.kind === kind))
        problems.push(`units: falta una unidad "${kind}"`);
    }
    if ((profile.units?.filter((u) => u.kind === 'gerencia_linea').length ?? 0) < 2) {
      problems.push('units: se requieren al menos dos gerencias de línea');
    }
    for (const unit of profile.units ?? []) {
      if (unit.parent && !codes.has(unit.parent))
        problems.push(`units.${unit.code}: padre desconocido`);
    }
    for (const [series, numbering] of Object.entries(profile.numbering ?? {})) {
      if (!codes.has(numbering.issuingUnit))
        problems.push(`numbering.${series}: unidad desconocida`);
    }
    for (const [i, holiday] of (profile.regionalHolidays ?? []).entries()) {
      // Checked against a common year: a yearly day must exist every year (no 29 Feb).
      const date = new Date(Date.UTC(2025, holiday.month - 1, holiday.day));
      if (date.getUTCMonth() !== holiday.month - 1 || date.getUTCDate() !== holiday.day)
        problems.push(
          `regionalHolidays.${i}: el ${holiday.day}/${holiday.month} no existe cada año`,
        );
    }
    for (const [year, name] of Object.entries(profile.yearNames ?? {})) {
      // D13: the header of every act signed that year prints it; SIGN refuses a year without one.
      if (!/^\d{4}$/.test(year))
        problems.push(`yearNames.${year}: la clave debe ser un año (AAAA)`);
      else if (typeof name !== 'string' || name.trim() === '')
        problems.push(
          `yearNames.${year}: debe ser la denominación oficial del año, entre comillas`,
        );
    }
    problems.push(...nonWorkingDayDecisionProblems(profile));
    problems.push(...delegationTableProblems(profile.delegations));
    problems.push(...councilProfileProblems(profile.council, profile.numbering, profile.units));
    problems.push(
      ...budgetProfileProblems(profile.budget, profile.units, profile.council?.itemTypes),
    );
    for (const user of profile.demoUsers ?? []) {
      const unit = profile.units?.find((u) => u.code === user.unit);
      if (!unit) problems.push(`demoUsers.${user.username}: unidad desconocida`);
      // The same rule as the user administration: each role only in a unit of its kind.
      const mismatches = unit ? roleUnitMismatches(user.roles ?? [], unit.kind) : [];
      if (unit && mismatches.length > 0)
        problems.push(
          `demoUsers.${user.username}: ${describeRoleUnitMismatches(mismatches, unit)}`,
        );
    }
    if (problems.length > 0) {
      throw new Error(`Perfil inválido ${file}:\n  - ${problems.join('\n  - ')}`);
    }
    return profile;
  });
}

/**
 * The decisions on national días no laborables (D1): each on a real date, at most one per date.
 * Whether each date was decreed is checked against the national table once the database is up.
 */
function nonWorkingDayDecisionProblems(profile: MunicipalityProfile): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const [i, decision] of (profile.nationalNonWorkingDays?.decisions ?? []).entries()) {
    if (typeof decision.date !== 'string') continue;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(decision.date);
    if (!match) continue;
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
      problems.push(`nationalNonWorkingDays.decisions.${i}.date: el ${decision.date} no existe`);
    const first = seen.get(decision.date);
    if (first !== undefined)
      problems.push(
        `nationalNonWorkingDays.decisions.${i}.date: el ${decision.date} ya tiene una decisión (decisions.${first})`,
      );
    else seen.set(decision.date, i);
  }
  return problems;
}
