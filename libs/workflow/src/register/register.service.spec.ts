import { formatRegisterNumber, registerYear } from './register.service.js';

describe('formatRegisterNumber (D12: the profile says how a number reads)', () => {
  it('pads the sequence to the width the template asks for and writes the year', () => {
    expect(
      formatRegisterNumber('RESOLUCIÓN DE GERENCIA MUNICIPAL N° {seq:4}-{year}-MML/GMM', 7, 2026),
    ).toBe('RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0007-2026-MML/GMM');
    expect(formatRegisterNumber('N° {seq:3}-{year}-GG/MDM', 45, 2024)).toBe('N° 045-2024-GG/MDM');
  });

  it('never truncates a sequence wider than the padding, and {seq} alone is not padded', () => {
    expect(formatRegisterNumber('N° {seq:3}-{year}', 1234, 2026)).toBe('N° 1234-2026');
    expect(formatRegisterNumber('N° {seq}-{year}-{year}', 9, 2025)).toBe('N° 9-2025-2025');
  });
});

describe('registerYear (D12: the register restarts on 1 January in America/Lima)', () => {
  it('is the civil year in the municipality, not in UTC', () => {
    expect(registerYear(new Date('2026-12-31T23:30:00-05:00'), 'America/Lima')).toBe(2026);
    // Already 2027 in UTC (04:30Z), still 31 December in Lima.
    expect(registerYear(new Date('2027-01-01T04:30:00Z'), 'America/Lima')).toBe(2026);
    expect(registerYear(new Date('2027-01-01T00:10:00-05:00'), 'America/Lima')).toBe(2027);
  });
});
