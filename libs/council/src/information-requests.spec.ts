import { councilOf, nationalCalendar, shippedProfile } from '#council/testing';
import {
  informationRequestDueOn,
  informationRequestRefusal,
  sessionPedidoRefusal,
} from './information-requests.js';

describe('pedidos de información of a regidor to the Gerente (Ley 31433)', () => {
  const rule = shippedProfile('mml').council.informationRequests;

  it('Ley 31433 (LOM Art. 10 inc. 4): answered within the profile term, 10 días hábiles, skipping the July feriados (23, 28, 29 Jul; 6 Aug)', () => {
    expect(rule.termBusinessDays).toBe(10);
    // Filed Tuesday 21/07/2026: 22, 24, 27, 30, 31 Jul; 3, 4, 5, 7, 10 Aug.
    expect(informationRequestDueOn('2026-07-21', rule, nationalCalendar())).toBe('2026-08-10');
  });

  it('D3: one filed on a Saturday counts as received on Monday (filed 25/07/2026 → as if filed Mon 27/07)', () => {
    // From Mon 27 Jul: 30, 31 Jul; 3, 4, 5, 7, 10, 11, 12, 13 Aug.
    expect(informationRequestDueOn('2026-07-25', rule, nationalCalendar())).toBe('2026-08-13');
    expect(informationRequestDueOn('2026-07-27', rule, nationalCalendar())).toBe('2026-08-13');
  });

  it('LOM Art. 10 inc. 4: a hábil regidor files it; not the Alcalde (NOT_A_REGIDOR), not one on leave (MEMBER_NOT_HABIL)', () => {
    const council = councilOf(5, [
      { memberId: 'r2', kind: 'licencia', from: '2026-07-01', to: '2026-07-31' },
    ]);
    expect(informationRequestRefusal(council, 'r1', '2026-07-21')).toBeNull();
    expect(informationRequestRefusal(council, 'alcalde', '2026-07-21')?.refusal).toEqual({
      code: 'NOT_A_REGIDOR',
      status: 403,
      title: 'Solo un regidor',
    });
    expect(informationRequestRefusal(council, 'r2', '2026-07-21')?.refusal.code).toBe(
      'MEMBER_NOT_HABIL',
    );
    expect(informationRequestRefusal(council, 'gerente', '2026-07-21')?.refusal.code).toBe(
      'NOT_A_MEMBER',
    );
  });

  it('a pedido raised in a session is raised in its «pedidos» stage: the ordinaria has one, the extraordinaria and the solemne do not (NO_PEDIDOS_STAGE)', () => {
    const order = shippedProfile('mml').council.orderOfBusiness;
    expect(sessionPedidoRefusal('ordinaria', order)).toBeNull();
    expect(sessionPedidoRefusal('extraordinaria', order)?.refusal.code).toBe('NO_PEDIDOS_STAGE');
    expect(sessionPedidoRefusal('solemne', order)?.refusal.code).toBe('NO_PEDIDOS_STAGE');
  });
});
