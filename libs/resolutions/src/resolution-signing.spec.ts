import { DomainError } from '#core';
import { publicVerificationUrl, yearNameOf } from './resolution-signing.service.js';

const LIMA = {
  code: 'mml',
  name: 'Municipalidad Metropolitana de Lima',
  yearNames: { '2026': 'Año de la Esperanza y el Fortalecimiento de la Democracia' },
};

describe('the official name of the year in the header (D13; DS 011-2026-PCM for 2026)', () => {
  it('is the profile entry for the year of the register', () => {
    expect(yearNameOf(LIMA, 2026)).toBe(
      'Año de la Esperanza y el Fortalecimiento de la Democracia',
    );
  });

  it('is required: without it (2027) SIGN is refused, 409 YEAR_NAME_MISSING, telling the admin where to add it', () => {
    for (const profile of [LIMA, { ...LIMA, yearNames: { ...LIMA.yearNames, '2027': '  ' } }]) {
      let refused: unknown;
      try {
        yearNameOf(profile, 2027);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(DomainError);
      const error = refused as DomainError;
      expect([error.code, error.status]).toEqual(['YEAR_NAME_MISSING', 409]);
      expect(error.extras).toEqual({ year: 2027, setting: 'yearNames.2027' });
      expect(error.detail).toMatch(/denominación oficial del año 2027/);
      expect(error.detail).toMatch(/\(D13\)/);
      expect(error.detail).toMatch(/decreto supremo/);
      expect(error.detail).toMatch(/yearNames\.2027 del archivo mml\.yaml/);
      expect(error.detail).toMatch(/No se asignó número/);
    }
  });
});

describe('the URL of the QR (D16)', () => {
  it('is the public verification page of the installation, not the JSON API', () => {
    expect(publicVerificationUrl('https://despacho.munlima.gob.pe', '7KQ2-M9XD-4TPA')).toBe(
      'https://despacho.munlima.gob.pe/verificar/7KQ2-M9XD-4TPA',
    );
  });
});
