import { isValidRuc, rucCheckDigit } from './ruc.js';

describe('RUC check digit (SUNAT, módulo 11)', () => {
  it.each([
    ['20131380951', 'Municipalidad Metropolitana de Lima'],
    ['20131312955', 'SUNAT'],
    ['20100047218', 'Banco de Crédito del Perú'],
    ['10072486892', 'persona natural con DNI'],
    ['15000000008', 'persona natural sin DNI (prefijo 15)'],
    ['16000000004', 'persona natural sin DNI (prefijo 16)'],
  ])('accepts %s (%s)', (ruc) => {
    expect(isValidRuc(ruc)).toBe(true);
  });

  it('maps 11 − (sum mod 11) = 10 to 0 and = 11 to 1', () => {
    // 2000000001: sum 12 → 11 − 1 = 10 → 0; 1700000000: sum 33 → 11 − 0 = 11 → 1.
    expect(rucCheckDigit('2000000001')).toBe(0);
    expect(isValidRuc('20000000010')).toBe(true);
    expect(rucCheckDigit('1700000000')).toBe(1);
    expect(isValidRuc('17000000001')).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidRuc('20131380952')).toBe(false);
    expect(isValidRuc('20131380950')).toBe(false);
  });

  it.each([
    ['2013138095', 'diez dígitos'],
    ['201313809510', 'doce dígitos'],
    ['2013138095a', 'una letra'],
    [' 20131380951', 'un espacio'],
    ['', 'vacío'],
    ['30131380956', 'prefijo 30, dígito correcto'],
    ['11000000002', 'prefijo 11, dígito correcto'],
  ])('refuses %j (%s)', (ruc) => {
    expect(isValidRuc(ruc)).toBe(false);
  });
});
