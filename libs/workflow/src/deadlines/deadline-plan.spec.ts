import { BusinessCalendar, nationalHolidays } from '#calendar';
import { obligationSpecOf } from '../obligations/obligation-actions.js';
import type { AnyWorkflowDefinition, DeadlineSpec } from '../workflow-definition.js';
import { businessDaysLeft, planDeadline, planObligation } from './deadline-plan.js';

const lima = new BusinessCalendar((year) => nationalHolidays(year));
const LIMA = 'America/Lima';

const spec = (days: number, unit: 'business' | 'calendar'): DeadlineSpec<object> => ({
  code: 'plazo',
  name: 'Plazo',
  term: { days, unit },
  responsibleUnit: () => 'unidad',
  reminders: { before: [1] },
  escalation: [
    { role: 'GERENTE_MUNICIPAL', afterBusinessDays: 0 },
    { role: 'ALCALDE', afterBusinessDays: 2 },
  ],
});

describe('planDeadline (D1–D3)', () => {
  it('counts from the next business day after entry and ends with the whole last day in Lima', () => {
    // Tue 1 Dec 2026 10:00 Lima + 5 días hábiles: 2, 3, 4, 7, (8, 9 feriados) 10.
    const plan = planDeadline(
      spec(5, 'business'),
      {},
      lima,
      LIMA,
      new Date('2026-12-01T15:00:00Z'),
    );
    expect(plan).toMatchObject({ startsOn: '2026-12-01', dueOn: '2026-12-10' });
    expect(plan.dueAt.toISOString()).toBe('2026-12-11T05:00:00.000Z');
  });

  it('takes what arrives on a non-business day as received the next business day (D3)', () => {
    // Sat 28 Nov 2026: received Mon 30; day 1 Tue 1 Dec, day 3 Thu 3 Dec.
    const saturday = new Date('2026-11-28T15:00:00Z');
    expect(planDeadline(spec(3, 'business'), {}, lima, LIMA, saturday)).toMatchObject({
      startsOn: '2026-11-30',
      dueOn: '2026-12-03',
    });
    // Two calendar days from Monday 30: Wed 2 Dec, not Mon 30 Nov.
    expect(planDeadline(spec(2, 'calendar'), {}, lima, LIMA, saturday).dueOn).toBe('2026-12-02');
    // Friday 23:30 in Lima is still Friday there (already Saturday in UTC).
    expect(
      planDeadline(spec(1, 'business'), {}, lima, LIMA, new Date('2026-11-28T04:30:00Z')).startsOn,
    ).toBe('2026-11-27');
  });

  it('plans reminders before, the expiry at the end, escalations after; none in the past', () => {
    const plan = planDeadline(
      spec(5, 'business'),
      {},
      lima,
      LIMA,
      new Date('2026-12-01T15:00:00Z'),
    );
    expect(plan.timers.map((t) => [t.kind, t.level, t.target, t.fireAt.toISOString()])).toEqual([
      ['reminder', 1, 'unit', '2026-12-07T13:00:00.000Z'], // Mon 7 Dec 08:00: 8 and 9 are feriados
      ['expiry', 0, 'unit', '2026-12-11T05:00:00.000Z'],
      ['escalation', 1, 'GERENTE_MUNICIPAL', '2026-12-11T05:00:00.000Z'],
      ['escalation', 2, 'ALCALDE', '2026-12-15T05:00:00.000Z'], // end of Mon 14 Dec
    ]);
    // A one-day term has no day left for a reminder.
    const short = planDeadline(
      spec(1, 'business'),
      {},
      lima,
      LIMA,
      new Date('2026-12-01T15:00:00Z'),
    );
    expect(short.timers.map((t) => t.kind)).toEqual(['expiry', 'escalation', 'escalation']);
  });
});

describe('planObligation: a last day of its own, reminders in calendar days', () => {
  const report = {
    code: 'informe',
    name: 'Informe de ejecución',
    reminders: { before: [90, 60, 30], unit: 'calendar' as const },
    onExpiry: 'REPORT_LATE',
  };
  const opened = new Date('2026-12-01T15:00:00Z'); // Tue 1 Dec 2026, 10:00 in Lima

  it('keeps a fixed last day and reminds 90, 60 and 30 calendar days before, never on a day off', () => {
    const plan = planObligation(
      report,
      { code: 'informe', key: '2027-T1', responsibleUnitId: 'unidad', dueOn: '2027-03-31' },
      lima,
      LIMA,
      opened,
    );
    expect(plan).toMatchObject({
      code: 'informe',
      obligation: true,
      key: '2027-T1',
      termDays: null,
      dueOn: '2027-03-31',
      expiryEvent: 'REPORT_LATE',
    });
    expect(plan.timers.map((t) => [t.kind, t.level, t.fireAt.toISOString()])).toEqual([
      ['reminder', 1, '2026-12-31T13:00:00.000Z'], // Thu 31 Dec 2026
      ['reminder', 2, '2027-01-29T13:00:00.000Z'], // Sat 30 Jan → Fri 29 Jan
      ['reminder', 3, '2027-03-01T13:00:00.000Z'], // Mon 1 Mar
      ['expiry', 0, '2027-04-01T05:00:00.000Z'],
    ]);
  });

  it('counts a term like a state deadline, from the next business day (D2)', () => {
    const plan = planObligation(
      { code: 'pedido', name: 'Pedido de información' },
      { code: 'pedido', responsibleUnitId: null, term: { days: 5, unit: 'business' } },
      lima,
      LIMA,
      opened,
    );
    // 2, 3, 4, 7 and (8 and 9 are feriados) 10 Dec.
    expect(plan).toMatchObject({ key: '', termDays: 5, termUnit: 'business', dueOn: '2026-12-10' });
  });
});

describe('planObligation of a notice (an alert, not something owed)', () => {
  const alert = {
    code: 'aviso',
    name: 'Aviso de vencimiento',
    reminders: { before: [5] },
    escalation: [{ role: 'GERENTE_MUNICIPAL', afterBusinessDays: 1 }],
    onExpiry: 'ALERT',
    notice: () => null,
  };
  const opened = new Date('2026-12-01T15:00:00Z');

  it('is given when the office opens on its day, with no reminder nor escalation', () => {
    const plan = planObligation(
      alert,
      { code: 'aviso', key: '90', responsibleUnitId: 'unidad', dueOn: '2027-04-01' },
      lima,
      LIMA,
      opened,
    );
    expect(plan).toMatchObject({ dueOn: '2027-04-01', notice: true });
    expect(plan.dueAt.toISOString()).toBe('2027-04-01T13:00:00.000Z'); // 08:00 in Lima
    expect(plan.timers.map((t) => [t.kind, t.fireAt.toISOString()])).toEqual([
      ['expiry', '2027-04-01T13:00:00.000Z'],
    ]);
  });

  it('on a day off, the business day before', () => {
    const plan = planObligation(
      alert,
      { code: 'aviso', key: '60', responsibleUnitId: 'unidad', dueOn: '2027-05-01' },
      lima,
      LIMA,
      opened,
    );
    // Saturday 1 May (also a feriado) → Friday 30 April.
    expect(plan).toMatchObject({ dueOn: '2027-04-30', notice: true });
    expect(plan.dueAt.toISOString()).toBe('2027-04-30T13:00:00.000Z');
  });
});

describe('planObligation from the day an act was served (Art. 144)', () => {
  const window = { code: 'ventana', name: 'Plazo para recurrir' };
  const opened = new Date('2026-04-06T15:00:00Z'); // Mon 6 Apr 2026, 10:00 in Lima

  it('counts day 1 as the next business day after the service, whatever day it fell on', () => {
    // Served on Good Friday, 3 Apr 2026 (feriado): day 1 is Mon 6 Apr, day 15 Fri 24 Apr.
    const holiday = planObligation(
      window,
      {
        code: 'ventana',
        key: '0',
        responsibleUnitId: null,
        term: { days: 15, unit: 'business' },
        servedOn: '2026-04-03',
      },
      lima,
      LIMA,
      opened,
    );
    expect(holiday).toMatchObject({ startsOn: '2026-04-03', dueOn: '2026-04-24' });
    // Received that day instead (D3): received Mon 6 Apr, day 1 Tue 7 Apr, day 15 Mon 27 Apr.
    const received = planObligation(
      window,
      {
        code: 'ventana',
        responsibleUnitId: null,
        term: { days: 15, unit: 'business' },
        startsOn: '2026-04-03',
      },
      lima,
      LIMA,
      opened,
    );
    expect(received).toMatchObject({ startsOn: '2026-04-06', dueOn: '2026-04-27' });
    // Served on a business day, both agree: Wed 1 Apr → day 1 Mon 6 Apr (2 and 3 are feriados).
    for (const from of [{ servedOn: '2026-04-01' }, { startsOn: '2026-04-01' }])
      expect(
        planObligation(
          window,
          {
            code: 'ventana',
            responsibleUnitId: null,
            term: { days: 1, unit: 'business' },
            ...from,
          },
          lima,
          LIMA,
          opened,
        ).dueOn,
      ).toBe('2026-04-06');
  });

  it('refuses an obligation that says both startsOn and servedOn (a bug of the kind)', () => {
    expect(() =>
      obligationSpecOf(
        { kind: 'k', obligations: { ventana: window } } as unknown as AnyWorkflowDefinition,
        {
          action: 'open',
          params: {
            code: 'ventana',
            responsibleUnitId: null,
            term: { days: 1, unit: 'business' },
            startsOn: '2026-04-01',
            servedOn: '2026-04-01',
          },
        },
      ),
    ).toThrow(/startsOn o servedOn/);
  });
});

describe('businessDaysLeft', () => {
  // Thu 10 Dec 2026 is the last day; Tue 8 and Wed 9 are feriados (Inmaculada Concepción, Ayacucho).
  it('counts the business days after today up to the last day, 0 on the last day itself', () => {
    expect(businessDaysLeft(lima, '2026-12-01', '2026-12-10')).toBe(5); // 2, 3, 4, 7, 10
    expect(businessDaysLeft(lima, '2026-12-07', '2026-12-10')).toBe(1);
    expect(businessDaysLeft(lima, '2026-12-10', '2026-12-10')).toBe(0);
    // A weekend day before it counts like the Friday: Monday 7 is the next business day.
    expect(businessDaysLeft(lima, '2026-12-05', '2026-12-10')).toBe(2);
  });

  it('is negative once the last day passed: the business days late, up to today', () => {
    expect(businessDaysLeft(lima, '2026-12-11', '2026-12-10')).toBe(-1);
    expect(businessDaysLeft(lima, '2026-12-12', '2026-12-10')).toBe(-1); // Saturday
    expect(businessDaysLeft(lima, '2026-12-14', '2026-12-10')).toBe(-2);
    // A Friday due and a Saturday today: over, though no business day passed yet.
    expect(Object.is(businessDaysLeft(lima, '2026-12-05', '2026-12-04'), 0)).toBe(true);
  });
});
