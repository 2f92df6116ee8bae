import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMunicipalityProfiles } from './load-profiles.js';

describe('municipality profiles', () => {
  it('loads both shipped profiles with the units every Gerencia Municipal needs', () => {
    const profiles = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities'));
    expect(profiles.map((p) => p.code).sort()).toEqual(['megantoni', 'mml']);
    for (const profile of profiles) {
      const kinds = profile.units.map((u) => u.kind);
      for (const kind of [
        'alcaldia',
        'gerencia_municipal',
        'secretaria_general',
        'asesoria_juridica',
        'planeamiento_presupuesto',
      ]) {
        expect(kinds).toContain(kind);
      }
      expect(kinds.filter((k) => k === 'gerencia_linea').length).toBeGreaterThanOrEqual(2);
      expect(profile.yearNames['2026']).toBeTruthy();
      expect(profile.numbering['resolucion_gerencia_municipal']?.template).toMatch(/\{seq:\d\}/);
      expect(profile.demoUsers?.map((u) => u.username.split('.')[1]).sort()).toEqual([
        'admin',
        'alcalde',
        'gdu',
        'gerente',
        'gsc',
        'juridica',
        'presupuesto',
        'secretaria',
      ]);
    }
  });

  it('gives Megantoni the Inti Raymi (Cusco) as a yearly regional feriado, with a source; Lima none', () => {
    const profiles = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities'));
    const byCode = new Map(profiles.map((p) => [p.code, p]));
    expect(byCode.get('megantoni')?.regionalHolidays).toEqual([
      { month: 6, day: 24, name: 'Inti Raymi', source: expect.stringMatching(/Cusco/) },
    ]);
    expect(byCode.get('mml')?.regionalHolidays ?? []).toEqual([]);
  });

  it('refuses a regional feriado that does not exist every year or has no source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profiles-'));
    const shipped = readFileSync(join(process.cwd(), 'config/municipalities/mml.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'mml.yaml'),
      shipped.replace(
        /^numbering:/m,
        [
          'regionalHolidays:',
          '  - { month: 2, day: 29, name: Bisiesto, source: Ordenanza }',
          '  - { month: 4, day: 31, name: Imposible, source: Ordenanza }',
          '  - { month: 13, day: 1, name: Sin mes, source: Ordenanza }',
          '  - { month: 7, day: 1, name: Sin norma, source: "" }',
          'numbering:',
        ].join('\n'),
      ),
    );
    expect(() => loadMunicipalityProfiles(dir)).toThrow(
      /regionalHolidays\.0: el 29\/2[\s\S]*regionalHolidays\.1: el 31\/4/,
    );
    expect(() => loadMunicipalityProfiles(dir)).toThrow(/regionalHolidays\.2\.month/);
    expect(() => loadMunicipalityProfiles(dir)).toThrow(/regionalHolidays\.3\.source/);
  });

  it('refuses a demo user whose role does not fit its unit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profiles-'));
    const shipped = readFileSync(join(process.cwd(), 'config/municipalities/mml.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'mml.yaml'),
      shipped.replace(
        /unit: GAJ,\n(\s+)roles: \[ASESORIA_JURIDICA\]/,
        'unit: GDU,\n$1roles: [ASESORIA_JURIDICA]',
      ),
    );
    expect(() => loadMunicipalityProfiles(dir)).toThrow(
      /mml\.yaml[\s\S]*demoUsers\.mml\.juridica: El rol ASESORIA_JURIDICA solo se asigna en una unidad de tipo asesoria_juridica/,
    );
  });

  it('refuses a broken profile, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profiles-'));
    writeFileSync(
      join(dir, 'rota.yaml'),
      [
        'code: Rota',
        'name: Municipalidad Rota',
        'shortName: MR',
        'timeZone: America/Lima',
        'place: Ninguna',
        'units:',
        '  - { code: ALC, name: Alcaldía, kind: alcaldia }',
        '  - { code: GX, name: Gerencia X, kind: gerencia_rara, parent: NOPE }',
        'yearNames: {}',
        'numbering: { rgm: { issuingUnit: ZZ, template: "sin correlativo" } }',
      ].join('\n'),
    );
    expect(() => loadMunicipalityProfiles(dir)).toThrow(/rota\.yaml[\s\S]*code[\s\S]*units/);
  });
});
