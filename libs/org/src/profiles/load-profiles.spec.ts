import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMunicipalityProfiles } from './load-profiles.js';

/** A fresh folder for profiles, removed after the test. */
const folders: string[] = [];
const profileFolder = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'profiles-'));
  folders.push(dir);
  return dir;
};

describe('municipality profiles', () => {
  afterEach(() => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

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
        'analista',
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

  it('cites the legal source of the Inti Raymi of Megantoni, 24 June: Decreto Ley 21860 (Cusco)', () => {
    const profiles = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities'));
    const intiRaymi = profiles
      .find((p) => p.code === 'megantoni')
      ?.regionalHolidays?.find((h) => h.month === 6 && h.day === 24);
    expect(intiRaymi?.name).toBe('Inti Raymi');
    expect(intiRaymi?.source).toMatch(/^Decreto Ley 21860\b.*Cusco/);
  });

  it('both shipped profiles adopt every national día no laborable by default (D1; TUO Art. 145.1)', () => {
    const profiles = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities'));
    for (const profile of profiles)
      expect(profile.nationalNonWorkingDays).toEqual({ adoptedByDefault: true, decisions: [] });
  });

  it('refuses a decision on a national día no laborable without its municipal instrument, on a date that does not exist, or twice (D1)', () => {
    const dir = profileFolder();
    const shipped = readFileSync(join(process.cwd(), 'config/municipalities/mml.yaml'), 'utf8');
    const section = [
      'nationalNonWorkingDays:',
      '  adoptedByDefault: sí',
      '  decisions:',
      "    - { date: '2026-01-02', adopted: false, instrument: 'Decreto de Alcaldía N° 001-2026-MML' }",
      "    - { date: '2026-01-02', adopted: true, instrument: 'Acuerdo de Concejo N° 002-2026-MML' }",
      "    - { date: '2026-02-30', adopted: false, instrument: 'Resolución de Alcaldía N° 003-2026-MML' }",
      "    - { date: '2025-12-26', adopted: false, instrument: 'lo decidió el alcalde' }",
      "    - { date: '2025-05-02', adopted: no, instrument: 'Ordenanza N° 004-2025-MML' }",
      '    - { date: 20250503, adopted: false }',
    ].join('\n');
    const edited = shipped.replace(
      /^nationalNonWorkingDays:\n {2}adoptedByDefault: true\n {2}decisions: \[\]\n/m,
      `${section}\n`,
    );
    expect(edited).not.toBe(shipped);
    writeFileSync(join(dir, 'mml.yaml'), edited);
    const refusal = (() => {
      try {
        loadMunicipalityProfiles(dir);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(refusal).toMatch(/^Perfil inválido mml\.yaml/);
    expect(refusal).toMatch(/nationalNonWorkingDays\.adoptedByDefault/);
    expect(refusal).toMatch(
      /nationalNonWorkingDays\.decisions\.1\.date: el 2026-01-02 ya tiene una decisión \(decisions\.0\)/,
    );
    expect(refusal).toMatch(/nationalNonWorkingDays\.decisions\.2\.date: el 2026-02-30 no existe/);
    expect(refusal).toMatch(
      /nationalNonWorkingDays\.decisions\.3\.instrument: debe nombrar el instrumento municipal y su número/,
    );
    expect(refusal).toMatch(/nationalNonWorkingDays\.decisions\.4\.adopted/);
    expect(refusal).toMatch(/nationalNonWorkingDays\.decisions\.5\.date/);
    expect(refusal).toMatch(/nationalNonWorkingDays\.decisions\.5\.instrument/);
    expect(refusal).not.toMatch(/decisions\.0\./);
  });

  it('refuses a yearNames entry that is not a year or has no name (D13: SIGN prints it)', () => {
    const dir = profileFolder();
    const shipped = readFileSync(join(process.cwd(), 'config/municipalities/mml.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'mml.yaml'),
      shipped.replace(/^yearNames:\n/m, "yearNames:\n  dosmil: 'Año de nada'\n  2027: ''\n"),
    );
    expect(() => loadMunicipalityProfiles(dir)).toThrow(
      /yearNames\.2027: debe ser la denominación oficial del año[\s\S]*yearNames\.dosmil: la clave debe ser un año/,
    );
  });

  it('refuses a regional feriado that does not exist every year or has no source', () => {
    const dir = profileFolder();
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
    const dir = profileFolder();
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
    const dir = profileFolder();
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

  describe('the delegation table (D10), checked at boot', () => {
    const shipped = () =>
      readFileSync(join(process.cwd(), 'config/municipalities/mml.yaml'), 'utf8');
    /** The shipped Lima profile with its `delegations:` section replaced. */
    const withDelegations = (section: string) => {
      const dir = profileFolder();
      const yaml = shipped().replace(/^delegations:\n(?: {2}.*\n|\s*#.*\n)*/m, section);
      expect(yaml).not.toBe(shipped());
      writeFileSync(join(dir, 'mml.yaml'), yaml);
      return dir;
    };

    it('both shipped profiles hold it: the Alcalde delegates competence to the Gerente only (LOM Art. 20 inc. 20), never his signature (TUO Art. 83.1)', () => {
      for (const profile of loadMunicipalityProfiles(
        join(process.cwd(), 'config/municipalities'),
      )) {
        const { grants, appealAgainstDelegatedActs } = profile.delegations;
        expect(appealAgainstDelegatedActs).toEqual({
          allowed: false,
          basis: expect.stringMatching(/Art\. 78\.4[\s\S]*LOM Art\. 50/),
        });
        const row = (role: string, kind: string) =>
          grants.filter((g) => g.delegatorRole === role && g.kind === kind);
        expect(row('ALCALDE', 'delegacion_competencia')).toEqual([
          expect.objectContaining({
            delegateRoles: ['GERENTE_MUNICIPAL'],
            basis: expect.stringContaining('LOM Art. 20 inc. 20'),
          }),
        ]);
        expect(row('ALCALDE', 'delegacion_firma')).toEqual([
          expect.objectContaining({
            delegateRoles: [],
            basis: expect.stringContaining('Art. 83.1'),
          }),
        ]);
        for (const kind of ['delegacion_firma', 'delegacion_competencia'])
          expect(
            row('GERENTE_MUNICIPAL', kind).find((g) =>
              g.subjects?.includes('resoluciones_gerencia_municipal'),
            )?.delegateUnitKinds,
          ).not.toContain('gerencia_linea');
      }
    });

    it('a profile without the section does not start', () => {
      expect(() => loadMunicipalityProfiles(withDelegations(''))).toThrow(
        /mml\.yaml[\s\S]*delegations: falta la sección delegations/,
      );
    });

    it('a bad table stops the start, naming each row and what is wrong with it', () => {
      const dir = withDelegations(
        [
          'delegations:',
          '  appealAgainstDelegatedActs: { allowed: sí, basis: "porque sí" }',
          '  grants:',
          '    - { delegatorRole: REY, kind: delegacion_firma, delegateRoles: [GERENCIA], basis: "LOM Art. 20" }',
          '    - { delegatorRole: ALCALDE, kind: suplencia, delegateRoles: [GERENCIA], basis: "LOM Art. 20" }',
          '    - { delegatorRole: ALCALDE, kind: delegacion_competencia, delegateRoles: [GERENTE_MUNICIPAL], basis: "la ley" }',
          '    - { delegatorRole: ALCALDE, kind: delegacion_competencia, delegateRoles: [GERENTE_MUNICIPAL], basis: "LOM Art. 20 inc. 20" }',
          '    - { delegatorRole: GERENTE_MUNICIPAL, kind: encargatura, basis: "TUO Art. 84.1" }',
          '    - { delegatorRole: GERENTE_MUNICIPAL, kind: delegacion_firma, delegateRoles: [ASESORIA_JURIDICA], delegateUnitKinds: [gerencia_linea], basis: "TUO Art. 83.1" }',
          '    - { delegatorRole: ADMIN, kind: encargatura, delegateRoles: [ADMIN], basis: "TUO Art. 84.1" }',
          '    - { delegatorRole: GERENTE_MUNICIPAL, kind: delegacion_firma, subjects: ["RGM"], delegateUnitKinds: [galaxia], basis: "TUO Art. 83.1" }',
          '',
        ].join('\n'),
      );
      let message = '';
      try {
        loadMunicipalityProfiles(dir);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Perfil inválido mml\.yaml:/);
      for (const line of [
        /delegations\.appealAgainstDelegatedActs\.allowed: /,
        /delegations\.appealAgainstDelegatedActs\.basis: debe citar la norma y su artículo/,
        /delegations\.grants\.0\.delegatorRole: /,
        /delegations\.grants\.1\.kind: /,
        /delegations\.grants\.2\.basis: debe citar la norma y su artículo/,
        /delegations\.grants\.3: repite la regla de ALCALDE → delegacion_competencia \(sin materias\) de delegations\.grants\.2/,
        /delegations\.grants\.4: indique delegateRoles o delegateUnitKinds/,
        /delegations\.grants\.5: el rol ASESORIA_JURIDICA no se asigna en ninguna unidad de tipo gerencia_linea/,
        /delegations\.grants\.6: el rol ADMIN configura Despacho y nunca actúa/,
        /delegations\.grants\.7\.subjects: cada materia/,
        /delegations\.grants\.7\.delegateUnitKinds: /,
      ])
        expect(message).toMatch(line);
    });
  });
  describe('the Concejo Municipal (council:), checked at boot', () => {
    const shipped = () =>
      readFileSync(join(process.cwd(), 'config/municipalities/mml.yaml'), 'utf8');
    /** The shipped Lima profile with its `council:` section replaced. */
    const withCouncil = (section: string) => {
      const dir = profileFolder();
      const yaml = shipped().replace(/^council:\n(?: {2}.*\n|\s*#.*\n)*/m, section);
      expect(yaml).not.toBe(shipped());
      writeFileSync(join(dir, 'mml.yaml'), yaml);
      return dir;
    };
    const refusalOf = (dir: string): string => {
      try {
        loadMunicipalityProfiles(dir);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };

    it('both shipped profiles hold it: LOM Art. 13 (5 días hábiles, 2 to 4 ordinary sessions), Art. 27 (2/3 of the hábiles regidores), Acuerdos numbered by the Secretaría General', () => {
      const profiles = new Map(
        loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities')).map((p) => [
          p.code,
          p,
        ]),
      );
      expect(profiles.get('mml')?.council.legalRegidores).toBe(39);
      expect(profiles.get('megantoni')?.council.legalRegidores).toBe(5);
      expect(profiles.get('mml')?.numbering['acuerdo_concejo']).toEqual({
        issuingUnit: 'SGC',
        template: 'ACUERDO DE CONCEJO N° {seq:3}-{year}-MML',
      });
      expect(profiles.get('megantoni')?.numbering['acuerdo_concejo']).toEqual({
        issuingUnit: 'SG',
        template: 'ACUERDO DE CONCEJO N° {seq:3}-{year}-MDM',
      });
      for (const { council } of profiles.values()) {
        expect(council.acuerdoSeries).toBe('acuerdo_concejo');
        expect(council.extraordinaryNotice).toEqual({
          businessDays: 5,
          basis: expect.stringContaining('LOM Art. 13'),
        });
        expect(council.ordinarySessions).toMatchObject({ minPerMonth: 2, maxPerMonth: 4 });
        expect(council.orderOfBusiness).toEqual([
          'acta_anterior',
          'despacho',
          'informes',
          'pedidos',
          'orden_del_dia',
        ]);
        expect(council.itemTypes.find((t) => t.code === 'remocion_gerente')).toMatchObject({
          majority: 'qualified',
          fraction: '2/3',
          base: 'habiles',
          regidoresOnly: true,
          basis: expect.stringContaining('Art. 27'),
        });
        expect(council.itemTypes.find((t) => t.code === 'convenio')).toMatchObject({
          majority: 'simple',
          basis: expect.stringContaining('LOM Art. 9 inc. 26'),
        });
        expect(council.informationRequests).toEqual({
          termBusinessDays: 10,
          basis: expect.stringContaining('Ley 31433'),
        });
        expect(council.convenios.exemptWithoutFinancialObligations).toBe(false);
      }
    });

    it('a profile without the section does not start', () => {
      expect(refusalOf(withCouncil(''))).toMatch(
        /mml\.yaml[\s\S]*council: falta la sección council/,
      );
    });

    it('a bad section stops the start, naming each rule and what is wrong with it', () => {
      const message = refusalOf(
        withCouncil(
          [
            'council:',
            '  legalRegidores: 2',
            '  acuerdoSeries: resolucion_gerencia_municipal',
            "  extraordinaryNotice: { businessDays: 0, basis: 'la costumbre' }",
            "  ordinarySessions: { minPerMonth: 5, maxPerMonth: 4, basis: 'LOM Art. 13' }",
            '  orderOfBusiness: [despacho, despacho, recreo]',
            '  itemTypes:',
            "    - { code: convenio, name: Convenio, majority: simple, base: present, basis: 'LOM Art. 17' }",
            "    - { code: convenio, name: Otra vez, majority: unanimidad, basis: 'LOM Art. 17' }",
            "    - { code: cese, name: Cese, majority: qualified, base: habiles, basis: 'LOM Art. 27' }",
            "    - { code: raro, name: Raro, majority: qualified, fraction: '3/2', base: todos, basis: 'LOM Art. 17' }",
            "    - { code: mitad, name: Mitad, majority: absolute, basis: 'LOM Art. 25' }",
            "  informationRequests: { termBusinessDays: 10, basis: 'Ley 31433' }",
            '',
          ].join('\n'),
        ),
      );
      expect(message).toMatch(/^Perfil inválido mml\.yaml:/);
      for (const line of [
        /council\.legalRegidores: /,
        /council\.extraordinaryNotice\.businessDays: /,
        /council\.extraordinaryNotice\.basis: debe citar la norma y su artículo/,
        /council\.informationRequests\.basis: debe citar la norma y su artículo/,
        /council\.convenios: falta convenios/,
        /council\.orderOfBusiness: cada sección debe ser una de/,
        /council\.itemTypes\.1\.majority: debe ser simple, absolute o qualified/,
        /council\.itemTypes\.3\.base: debe ser present, habiles o legal/,
        /council\.acuerdoSeries: los Acuerdos de Concejo los numera la Secretaría General, no GMM/,
        /council\.ordinarySessions: minPerMonth no puede superar maxPerMonth/,
        /council\.orderOfBusiness: una sección aparece dos veces/,
        /council\.orderOfBusiness: falta orden_del_dia/,
        /council\.itemTypes\.0: la mayoría simple no lleva base ni fracción/,
        /council\.itemTypes\.1: repite el tipo "convenio" \(itemTypes\.0\)/,
        /council\.itemTypes\.2: la mayoría calificada lleva fracción/,
        /council\.itemTypes\.3: la fracción debe ser menor que 1/,
        /council\.itemTypes\.4: indique la base/,
      ])
        expect(message).toMatch(line);
    });

    it('refuses an Acuerdo series the profile does not number', () => {
      expect(
        refusalOf(
          withCouncil(
            shipped()
              .match(/^council:\n(?: {2}.*\n|\s*#.*\n)*/m)![0]
              .replace('acuerdoSeries: acuerdo_concejo', 'acuerdoSeries: acuerdos'),
          ),
        ),
      ).toMatch(/council\.acuerdoSeries: no hay numeración "acuerdos"/);
    });
  });
});
