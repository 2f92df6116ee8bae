import { shippedProfile } from '#council/testing';
import { DomainError } from '#core';
import {
  type Acta,
  acuerdosInForceFrom,
  approveActa,
  dispenseActaReading,
  formatAcuerdoNumber,
  isAcuerdoInForce,
} from './acuerdo.js';
import { convenioNeedsCouncil } from './convenio-approval.js';

const code = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? [error.code, error.status] : error;
  }
};

describe('the Acuerdo de Concejo: its number and when it is in force', () => {
  it('D12: numbered by the profile template of the Secretaría General, per municipality and year', () => {
    for (const [municipality, expected] of [
      ['mml', 'ACUERDO DE CONCEJO N° 045-2026-MML'],
      ['megantoni', 'ACUERDO DE CONCEJO N° 045-2026-MDM'],
    ] as const) {
      const profile = shippedProfile(municipality);
      const numbering = profile.numbering[profile.council.acuerdoSeries];
      expect(formatAcuerdoNumber(numbering!.template, 45, 2026)).toBe(expected);
    }
    const lima = shippedProfile('mml').numbering['acuerdo_concejo']!.template;
    expect(formatAcuerdoNumber(lima, null, 2026)).toBe('ACUERDO DE CONCEJO N° ____-2026-MML');
  });

  const session = new Date('2026-03-10T10:00:00-05:00');
  const nextSession = new Date('2026-03-17T10:00:00-05:00');
  const acta: Acta = { sessionId: 's1' };

  it('LOM Art. 41 and the RIC: not in force while its acta is pending', () => {
    expect(acuerdosInForceFrom(acta)).toBeNull();
    expect(isAcuerdoInForce(acta, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });

  it('in force when the next session approves the acta, as its acta anterior', () => {
    const approved = approveActa(acta, { sessionId: 's2', at: nextSession });
    expect(acuerdosInForceFrom(approved)).toEqual(nextSession);
    expect(isAcuerdoInForce(approved, new Date(nextSession.getTime() - 1))).toBe(false);
    expect(isAcuerdoInForce(approved, nextSession)).toBe(true);
  });

  it('in force in the same session when the Concejo dispenses the reading and approval of the acta', () => {
    const dispensed = dispenseActaReading(acta, session);
    expect(acuerdosInForceFrom(dispensed)).toEqual(session);
    expect(isAcuerdoInForce(dispensed, session)).toBe(true);
  });

  it('the acta is approved in another session (ACTA_APPROVAL_IN_SAME_SESSION), and settled once (ACTA_ALREADY_SETTLED)', () => {
    expect(code(() => approveActa(acta, { sessionId: 's1', at: session }))).toEqual([
      'ACTA_APPROVAL_IN_SAME_SESSION',
      409,
    ]);
    const dispensed = dispenseActaReading(acta, session);
    expect(code(() => approveActa(dispensed, { sessionId: 's2', at: nextSession }))).toEqual([
      'ACTA_ALREADY_SETTLED',
      409,
    ]);
    expect(code(() => dispenseActaReading(dispensed, session))).toEqual([
      'ACTA_ALREADY_SETTLED',
      409,
    ]);
  });
});

describe('convenios before the Concejo (LOM Art. 9 inc. 26, D17)', () => {
  it('LOM Art. 9 inc. 26: a convenio goes to the Concejo; one without financial obligations skips it only where the profile exempts it', () => {
    const shipped = shippedProfile('mml').council.convenios;
    expect(convenioNeedsCouncil(true, shipped)).toBe(true);
    expect(convenioNeedsCouncil(false, shipped)).toBe(true);
    const exempting = { exemptWithoutFinancialObligations: true, basis: 'Directiva N° 001-2026' };
    expect(convenioNeedsCouncil(false, exempting)).toBe(false);
    expect(convenioNeedsCouncil(true, exempting)).toBe(true);
  });
});
