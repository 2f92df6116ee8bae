import { nationalCalendar, sessionOf, shippedProfile } from '#council/testing';
import { DomainError } from '#core';
import {
  addAgendaItem,
  agendaItemRefusal,
  convocationRefusal,
  earliestExtraordinaryDate,
  itemTypeRule,
  orderOfBusiness,
  ordinarySessionLimitRefusal,
  ordinarySessionsMissing,
} from './sessions.js';

const { council: ric } = shippedProfile('mml');
const calendar = nationalCalendar();
const thrown = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError
      ? { code: error.code, status: error.status, detail: error.detail }
      : error;
  }
};

describe('sessions of the Concejo: convocation, agenda and order of business', () => {
  it('LOM Art. 13: an extraordinaria needs 5 whole días hábiles of notice: convened Monday 02/03/2026, from Tuesday 10/03/2026', () => {
    expect(earliestExtraordinaryDate('2026-03-02', ric.extraordinaryNotice, calendar)).toBe(
      '2026-03-10',
    );
    const convened = sessionOf({ kind: 'extraordinaria', convokedOn: '2026-03-02' });
    expect(
      convocationRefusal({ ...convened, date: '2026-03-10' }, ric.extraordinaryNotice, calendar),
    ).toBeNull();
    const early = convocationRefusal(
      { ...convened, date: '2026-03-09' },
      ric.extraordinaryNotice,
      calendar,
    );
    expect(early?.refusal.code).toBe('NOTICE_TOO_SHORT');
    expect(early?.detail).toMatch(
      /^Convocada el 02\/03\/2026, la sesión extraordinaria puede celebrarse desde el 10\/03\/2026: 5 días hábiles de anticipación\. LOM Art\. 13/,
    );
  });

  it('LOM Art. 13 and TUO Art. 145: the notice counts días hábiles: Holy Thursday and Good Friday 2026 do not run', () => {
    // Convened Monday 30/03: Tue 31, Wed 1, (Thu 2, Fri 3 feriados), Mon 6, Tue 7, Wed 8 → from Thu 9/04.
    expect(earliestExtraordinaryDate('2026-03-30', ric.extraordinaryNotice, calendar)).toBe(
      '2026-04-09',
    );
  });

  it('the RIC may ask for another notice: the profile gives it', () => {
    const rule = { businessDays: 3, basis: 'RIC Art. 12' };
    expect(earliestExtraordinaryDate('2026-03-02', rule, calendar)).toBe('2026-03-06');
  });

  it('LOM Art. 13: an ordinaria or a solemne needs no such notice; no session before its convocation; an extraordinaria comes with its agenda', () => {
    const rule = ric.extraordinaryNotice;
    expect(convocationRefusal(sessionOf({ convokedOn: '2026-03-09' }), rule, calendar)).toBeNull();
    expect(
      convocationRefusal(sessionOf({ kind: 'solemne', convokedOn: '2026-03-10' }), rule, calendar),
    ).toBeNull();
    expect(
      convocationRefusal(sessionOf({ convokedOn: '2026-03-11' }), rule, calendar)?.refusal.code,
    ).toBe('NOTICE_TOO_SHORT');
    expect(
      convocationRefusal(
        sessionOf({ kind: 'extraordinaria', convokedOn: '2026-03-02', agenda: [] }),
        rule,
        calendar,
      )?.refusal,
    ).toEqual({ code: 'AGENDA_REQUIRED', status: 400, title: 'Falta la agenda' });
  });

  it('LOM Art. 13: an extraordinaria treats only its convened agenda: another item is NOT_ON_AGENDA, and its agenda cannot grow (AGENDA_LOCKED)', () => {
    const session = sessionOf({ kind: 'extraordinaria', convokedOn: '2026-03-02' });
    expect(agendaItemRefusal(session, 'i1')).toBeNull();
    const refusal = agendaItemRefusal(session, 'otro');
    expect(refusal?.refusal).toEqual({
      code: 'NOT_ON_AGENDA',
      status: 409,
      title: 'Asunto fuera de la agenda',
    });
    expect(refusal?.detail).toMatch(
      /solo trata los asuntos prefijados en su convocatoria \(LOM Art\. 13\)/,
    );
    expect(
      thrown(() =>
        addAgendaItem(session, { id: 'i2', itemType: 'otros', title: 'Otro' }, ric.itemTypes),
      ),
    ).toMatchObject({ code: 'AGENDA_LOCKED', status: 409 });
  });

  it('an ordinaria takes a pedido to its orden del día, of a type the profile knows', () => {
    const session = sessionOf();
    expect(agendaItemRefusal(session, 'i2')?.refusal.code).toBe('NOT_ON_AGENDA');
    const grown = addAgendaItem(
      session,
      { id: 'i2', itemType: 'pedido', title: 'Pedido del regidor 3' },
      ric.itemTypes,
    );
    expect(agendaItemRefusal(grown, 'i2')).toBeNull();
    expect(session.agenda).toHaveLength(1);
    expect(
      thrown(() =>
        addAgendaItem(session, { id: 'i3', itemType: 'capricho', title: 'X' }, ric.itemTypes),
      ),
    ).toMatchObject({ code: 'UNKNOWN_ITEM_TYPE', status: 400 });
    expect(itemTypeRule(ric.itemTypes, 'convenio').majority).toBe('simple');
  });

  it('LOM Art. 13: a solemne session votes nothing', () => {
    const session = sessionOf({ kind: 'solemne' });
    expect(agendaItemRefusal(session, 'i1')?.refusal.code).toBe('NO_VOTES_IN_SOLEMN_SESSION');
    expect(
      thrown(() =>
        addAgendaItem(session, { id: 'i2', itemType: 'otros', title: 'X' }, ric.itemTypes),
      ),
    ).toMatchObject({
      code: 'NO_VOTES_IN_SOLEMN_SESSION',
    });
  });

  it("the order of business: the RIC's for an ordinaria (acta anterior, despacho, informes, pedidos, orden del día); only the orden del día in an extraordinaria; none in a solemne", () => {
    expect(orderOfBusiness('ordinaria', ric.orderOfBusiness)).toEqual([
      'acta_anterior',
      'despacho',
      'informes',
      'pedidos',
      'orden_del_dia',
    ]);
    expect(orderOfBusiness('extraordinaria', ric.orderOfBusiness)).toEqual(['orden_del_dia']);
    expect(orderOfBusiness('solemne', ric.orderOfBusiness)).toEqual([]);
  });

  it('LOM Art. 13: no fewer than 2 and no more than 4 ordinary sessions a month', () => {
    const rule = ric.ordinarySessions;
    const march = ['2026-03-03', '2026-03-10', '2026-03-17'];
    expect(ordinarySessionLimitRefusal(march, '2026-03-24', rule)).toBeNull();
    const fifth = ordinarySessionLimitRefusal([...march, '2026-03-24'], '2026-03-31', rule);
    expect(fifth?.refusal.code).toBe('ORDINARY_SESSIONS_LIMIT');
    expect(fifth?.detail).toMatch(
      /^Ya hay 4 sesiones ordinarias en 03\/2026, el máximo del mes\. LOM Art\. 13/,
    );
    // Another month's sessions do not count.
    expect(ordinarySessionLimitRefusal([...march, '2026-03-24'], '2026-04-07', rule)).toBeNull();
    expect(ordinarySessionsMissing(['2026-04-07'], '2026-04', rule)).toBe(1);
    expect(ordinarySessionsMissing(march, '2026-03', rule)).toBe(0);
  });
});
