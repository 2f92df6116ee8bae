import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MUNICIPALITY_PROFILES, type MunicipalityProfiles, validationMessages } from '#org';
import type { WorkflowKind } from './workflow-kind.js';

/**
 * Each kind's section of every municipality profile (`kinds.<name>`), validated by that kind at
 * boot: a missing or broken section, or a section no kind claims, stops the process.
 */
@Injectable()
export class KindProfiles {
  private readonly sections = new Map<string, Map<string, object>>();

  constructor(@Inject(MUNICIPALITY_PROFILES) private readonly profiles: MunicipalityProfiles) {}

  load(kinds: readonly WorkflowKind[]): void {
    const problems: string[] = [];
    const claimed = new Set(kinds.filter((k) => k.profile).map((k) => k.name));
    for (const profile of this.profiles) {
      const raw = profile.kinds ?? {};
      for (const name of Object.keys(raw))
        if (!claimed.has(name))
          problems.push(`${profile.code}: kinds.${name} no corresponde a ningún tipo de flujo`);
      for (const kind of kinds) {
        if (!kind.profile) continue;
        const section = plainToInstance(kind.profile.schema, raw[kind.name] ?? {});
        const found = [
          ...validationMessages(validateSync(section)),
          ...(kind.profile.check?.(section, profile) ?? []),
        ];
        problems.push(...found.map((p) => `${profile.code}: kinds.${kind.name}.${p}`));
        const byMunicipality = this.sections.get(kind.name) ?? new Map<string, object>();
        byMunicipality.set(profile.code, section);
        this.sections.set(kind.name, byMunicipality);
      }
    }
    if (problems.length > 0)
      throw new Error(`Perfiles de municipalidad inválidos:\n  - ${problems.join('\n  - ')}`);
  }

  /** The kind's validated section for one municipality (by its profile code). */
  section<T extends object>(kind: string, municipalityCode: string): T {
    const section = this.sections.get(kind)?.get(municipalityCode);
    if (!section)
      throw new Error(`El perfil ${municipalityCode} no tiene la sección kinds.${kind}`);
    return section as T;
  }
}
