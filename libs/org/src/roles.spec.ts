import { join } from 'node:path';
import { loadMunicipalityProfiles } from './profiles/load-profiles.js';
import {
  describeRoleUnitMismatches,
  Role,
  ROLE_UNIT_KINDS,
  ROLES,
  roleUnitMismatches,
  UNIT_KINDS,
  UnitKind,
} from './roles.js';

describe('which roles fit which units', () => {
  it('has one entry per role, naming only known kinds', () => {
    expect(Object.keys(ROLE_UNIT_KINDS).sort()).toEqual([...ROLES].sort());
    for (const kinds of Object.values(ROLE_UNIT_KINDS))
      for (const kind of kinds ?? []) expect(UNIT_KINDS).toContain(kind);
  });

  it('keeps each power in its unit; ADMIN fits anywhere', () => {
    for (const kind of UNIT_KINDS) expect(roleUnitMismatches([Role.ADMIN], kind)).toEqual([]);
    expect(roleUnitMismatches([Role.ASESORIA_JURIDICA], UnitKind.gerencia_linea)).toEqual([
      { role: Role.ASESORIA_JURIDICA, allowedUnitKinds: [UnitKind.asesoria_juridica] },
    ]);
    expect(roleUnitMismatches([Role.ALCALDE], UnitKind.gerencia_municipal)).toHaveLength(1);
    expect(roleUnitMismatches([Role.GERENTE_MUNICIPAL], UnitKind.alcaldia)).toHaveLength(1);
    expect(roleUnitMismatches([Role.GERENCIA], UnitKind.oficina)).toEqual([]);
    expect(roleUnitMismatches([Role.GERENCIA], UnitKind.gerencia_municipal)).toHaveLength(1);
    expect(roleUnitMismatches([Role.REGIDOR], UnitKind.secretaria_general)).toEqual([]);
  });

  it('checks every role of the user, and leaves unknown roles to the validation', () => {
    expect(
      roleUnitMismatches([Role.ALCALDE, Role.GERENTE_MUNICIPAL, 'NO_EXISTE'], UnitKind.alcaldia),
    ).toEqual([{ role: Role.GERENTE_MUNICIPAL, allowedUnitKinds: [UnitKind.gerencia_municipal] }]);
  });

  it('says in Spanish which role, which unit and which kinds it needs', () => {
    const text = describeRoleUnitMismatches(
      roleUnitMismatches([Role.GERENCIA], UnitKind.asesoria_juridica),
      { code: 'GAJ', name: 'Gerencia de Asuntos Jurídicos', kind: UnitKind.asesoria_juridica },
    );
    expect(text).toBe(
      'El rol GERENCIA solo se asigna en una unidad de tipo gerencia_linea (gerencia de línea) o ' +
        'oficina (oficina); «Gerencia de Asuntos Jurídicos» (GAJ) es de tipo asesoria_juridica ' +
        '(Asesoría Jurídica).',
    );
  });

  it('holds for every seeded user of the shipped profiles', () => {
    const profiles = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities'));
    for (const profile of profiles)
      for (const user of profile.demoUsers ?? []) {
        const unit = profile.units.find((u) => u.code === user.unit);
        expect({
          user: user.username,
          mismatches: roleUnitMismatches(user.roles, unit!.kind),
        }).toEqual({ user: user.username, mismatches: [] });
      }
  });
});
