import { shippedProfile } from '#council/testing';
import { DomainError } from '#core';
import {
  type Acta,
  acuerdosInForceFrom,
  approveActa,
  dispenseActaReading,
  formatAcuerdoNumber,
  type HeldSession,
  isAcuerdoInForce,
  isLaterSession,
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
  const held10: HeldSession = { date: '2026-03-10', startedAt: session, adjourned: true };
  const held17: HeldSession = { date: '2026-03-17', startedAt: nextSession, adjourned: false };
  const later = { acta: held10, approving: held17 };

  it('LOM Art. 41 and the RIC: not in force while its acta is pending', () => {
    expect(acuerdosInForceFrom(acta)).toBeNull();
    expect(isAcuerdoInForce(acta, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });

  it('in force when the next session approves the acta, as its acta anterior', () => {
    const approved = approveActa(acta, { sessionId: 's2', at: nextSession }, later);
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
    expect(code(() => approveActa(acta, { sessionId: 's1', at: session }, later))).toEqual([
      'ACTA_APPROVAL_IN_SAME_SESSION',
      409,
    ]);
    const dispensed = dispenseActaReading(acta, session);
    expect(code(() => approveActa(dispensed, { sessionId: 's2', at: nextSession }, later))).toEqual(
      ['ACTA_ALREADY_SETTLED', 409],
    );
    expect(code(() => dispenseActaReading(dispensed, session))).toEqual([
      'ACTA_ALREADY_SETTLED',
      409,
    ]);
  });

  it('LOM Art. 41 and the RIC: the acta is approved only by a LATER session, as its acta anterior (ACTA_APPROVAL_NOT_LATER)', () => {
    // An earlier session under way cannot approve the acta of one convened for a later day.
    const early: HeldSession = { date: '2026-03-10', startedAt: session, adjourned: false };
    const convened17: HeldSession = { date: '2026-03-17', startedAt: null, adjourned: false };
    expect(isLaterSession(convened17, early)).toBe(false);
    expect(
      code(() =>
        approveActa(acta, { sessionId: 's2', at: session }, { acta: convened17, approving: early }),
      ),
    ).toEqual(['ACTA_APPROVAL_NOT_LATER', 409]);
    // A later day is later, whatever the hour.
    expect(isLaterSession(held10, held17)).toBe(true);
    expect(isLaterSession({ ...held10, adjourned: false }, held17)).toBe(true);
  });

  it("LOM Art. 41: on the same day, the acta's session is later approved only once levantada and begun first", () => {
    const morning = new Date('2026-03-10T09:00:00-05:00');
    const noon = new Date('2026-03-10T12:00:00-05:00');
    const first: HeldSession = { date: '2026-03-10', startedAt: morning, adjourned: true };
    const second: HeldSession = { date: '2026-03-10', startedAt: noon, adjourned: false };
    expect(isLaterSession(first, second)).toBe(true);
    // The same instant (one session adjourned, the next begun at once) still orders them.
    expect(isLaterSession(first, { ...second, startedAt: morning })).toBe(true);
    // Still under way: its acta is not closed, and no session runs beside another.
    expect(isLaterSession({ ...first, adjourned: false }, second)).toBe(false);
    // Begun after the approving one, or never begun: not earlier.
    expect(isLaterSession({ ...first, startedAt: new Date(noon.getTime() + 1) }, second)).toBe(
      false,
    );
    expect(isLaterSession({ ...first, startedAt: null }, second)).toBe(false);
    expect(
      code(() =>
        approveActa(acta, { sessionId: 's2', at: noon }, { acta: second, approving: first }),
      ),
    ).toEqual(['ACTA_APPROVAL_NOT_LATER', 409]);
    expect(
      approveActa(acta, { sessionId: 's2', at: noon }, { acta: first, approving: second }).approval,
    ).toEqual({ sessionId: 's2', at: noon });
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
