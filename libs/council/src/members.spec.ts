import { councilOf, shippedProfile } from '#council/testing';
import {
  absenceOn,
  councilCompositionProblems,
  isHabil,
  memberRefusal,
  numeroHabil,
  numeroLegal,
} from './members.js';

describe('who sits on the Concejo: número legal and número hábil', () => {
  it('LOM Art. 5 and 13: the número legal is the Alcalde plus the elected regidores the profile gives (MML 39 + 1, Megantoni 5 + 1)', () => {
    expect(numeroLegal(councilOf(shippedProfile('mml').council.legalRegidores))).toBe(40);
    expect(numeroLegal(councilOf(shippedProfile('megantoni').council.legalRegidores))).toBe(6);
  });

  it('LOM Art. 16: the número hábil leaves out who is on leave or suspended on the date, each day of the range inclusive', () => {
    const council = councilOf(5, [
      { memberId: 'r2', kind: 'licencia', from: '2026-03-09', to: '2026-03-13' },
      { memberId: 'r5', kind: 'suspension', from: '2026-03-12', to: null },
    ]);
    expect(numeroHabil(council, '2026-03-08')).toBe(6);
    expect(numeroHabil(council, '2026-03-09')).toBe(5);
    expect(numeroHabil(council, '2026-03-12')).toBe(4);
    expect(numeroHabil(council, '2026-03-13')).toBe(4);
    expect(numeroHabil(council, '2026-03-14')).toBe(5);
    // An open suspension lasts until it is lifted.
    expect(numeroHabil(council, '2027-01-01')).toBe(5);
    expect(isHabil(council, 'r2', '2026-03-10')).toBe(false);
    expect(isHabil(council, 'r2', '2026-03-14')).toBe(true);
    expect(absenceOn(council, 'r5', '2026-06-01')?.kind).toBe('suspension');
  });

  it('a seat still vacant (no credential yet) is not hábil either', () => {
    const council = { ...councilOf(5), members: councilOf(5).members.slice(0, 5) };
    expect(numeroLegal(council)).toBe(6);
    expect(numeroHabil(council, '2026-03-10')).toBe(5);
  });

  it('a member on leave may not act that day: MEMBER_NOT_HABIL (403), in Spanish with the dates; a stranger: NOT_A_MEMBER', () => {
    const council = councilOf(5, [
      { memberId: 'r2', kind: 'licencia', from: '2026-03-09', to: '2026-03-13' },
    ]);
    const refusal = memberRefusal(council, 'r2', '2026-03-10');
    expect(refusal?.refusal).toEqual({
      code: 'MEMBER_NOT_HABIL',
      status: 403,
      title: 'Miembro no hábil',
    });
    expect(refusal?.detail).toBe(
      'Regidor 2 está con licencia desde el 09/03/2026 hasta el 13/03/2026: no es miembro hábil el 10/03/2026 (LOM Art. 16) y no puede votar ni contar para el quórum.',
    );
    expect(memberRefusal(council, 'r2', '2026-03-16')).toBeNull();
    expect(memberRefusal(council, 'gerente', '2026-03-10')?.refusal.code).toBe('NOT_A_MEMBER');
  });

  it('checks the recorded Concejo: one Alcalde, no more regidores than the número legal, leaves of members that end after they start', () => {
    expect(councilCompositionProblems(councilOf(5))).toEqual([]);
    const broken = {
      ...councilOf(5),
      legalRegidores: 4,
      members: [...councilOf(5).members, { id: 'r1', name: 'Otra vez', role: 'alcalde' as const }],
      absences: [
        { memberId: 'nadie', kind: 'licencia' as const, from: '2026-01-01', to: '2026-01-02' },
        { memberId: 'r1', kind: 'licencia' as const, from: '2026-02-01', to: '2026-01-31' },
      ],
    };
    expect(councilCompositionProblems(broken)).toEqual([
      'el Concejo tiene un Alcalde, no 2',
      'hay 5 regidores y el número legal admite 4 (más el Alcalde)',
      'el miembro r1 figura dos veces',
      'la licencia o suspensión de nadie no es de un miembro',
      'la licencia o suspensión de r1 termina antes de empezar',
    ]);
  });
});
