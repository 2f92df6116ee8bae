import { validateSync } from 'class-validator';
import { IsRuc, isValidRuc, RUC_INVALID_MESSAGE, rucCheckDigit } from './ruc.js';

class Counterpart {
  @IsRuc() ruc!: unknown;
}
const problemsOf = (ruc: unknown) => {
  const counterpart = new Counterpart();
  counterpart.ruc = ruc;
  return validateSync(counterpart).flatMap((e) => Object.values(e.constraints ?? {}));
};

describe('the RUC and its check digit (SUNAT, módulo 11)', () => {
  it('accepts public RUCs (Lima, SUNAT, a bank) and natural persons (prefixes 10, 15, 16)', () => {
    for (const ruc of [
      '20131380951',
      '20131312955',
      '20100047218',
      '10072486892',
      '15000000008',
      '16000000004',
    ])
      expect(isValidRuc(ruc)).toBe(true);
  });

  it('weights 5,4,3,2,7,6,5,4,3,2; check = 11 − (sum mod 11), with 10 → 0 and 11 → 1', () => {
    // 2·5+0·4+1·3+3·2+1·7+3·6+8·5+0·4+9·3+5·2 = 121 ≡ 0 (mod 11): 11 → 1.
    expect(rucCheckDigit('2013138095')).toBe(1);
    // 2·5+0·4+1·3+3·2+1·7+2·6+5·5+7·4+7·3+5·2 = 122 ≡ 1 (mod 11): 10 → 0.
    expect(rucCheckDigit('2013125775')).toBe(0);
    expect(isValidRuc('20131257750')).toBe(true);
    // 2·5+0·4+1·3+3·2+1·7+3·6+1·5+2·4+9·3+5·2 = 94 ≡ 6 (mod 11): 11 − 6 = 5.
    expect(rucCheckDigit('2013131295')).toBe(5);
  });

  it('refuses a wrong check digit, a prefix SUNAT does not give, and anything that is not 11 digits', () => {
    for (const ruc of [
      '20131380952',
      '30131380951',
      '2013138095',
      '201313809511',
      '2013138095a',
      ' 20131380951',
      20131380951,
      null,
      undefined,
    ])
      expect(isValidRuc(ruc)).toBe(false);
  });

  it('IsRuc() says in Spanish what is wrong: the check digit, the length, the prefix', () => {
    expect(problemsOf('20131380951')).toEqual([]);
    expect(problemsOf('20131380952')).toEqual([RUC_INVALID_MESSAGE]);
    expect(RUC_INVALID_MESSAGE).toBe(
      'no es un RUC válido: el dígito verificador no corresponde (módulo 11 de SUNAT)',
    );
    expect(problemsOf('2013138095')).toEqual(['debe tener 11 dígitos']);
    expect(problemsOf('30131380956')).toEqual(['debe empezar por 10, 15, 16, 17 o 20']);
  });
});
