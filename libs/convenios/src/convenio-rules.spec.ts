import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { addDays } from '#calendar';
import {
  addMonths,
  convenioEndDate,
  expiryAlertRecipients,
  expiryAlerts,
  formatSoles,
  obligationSchedule,
  parseSoles,
  solesProblem,
} from './convenio-rules.js';
import {
  conveniosProfileSection,
  conveniosSettings,
  ConveniosProfile,
  DEFAULT_LEGAL_CHECKLIST,
  FREE_ADHESION_CLAUSE,
} from './convenios.profile.js';

describe('money: soles as decimal text, kept in céntimos', () => {
  it.each([
    ['150000.50', 15_000_050],
    ['150000.5', 15_000_050],
    ['150000', 15_000_000],
    ['0.01', 1],
    // Beyond float precision as soles, exact as céntimos.
    ['9999999999999.99', 999_999_999_999_999],
  ])('%s → %i céntimos', (text, cents) => {
    expect(parseSoles(text)).toBe(cents);
    expect(solesProblem(text)).toBeNull();
  });

  it('refuses what is not an amount', () => {
    expect(parseSoles('1,500.00')).toBeNull();
    expect(parseSoles('-5')).toBeNull();
    expect(solesProblem('1.234')).toMatch(/2 decimales/);
    expect(solesProblem(12)).toMatch(/texto/);
  });

  it('prints as es-PE does: S/ with comma thousands and point decimals', () => {
    expect(formatSoles(15_000_050)).toBe('S/ 150,000.50');
    expect(formatSoles(5)).toBe('S/ 0.05');
    expect(formatSoles(123_456_789_00)).toBe('S/ 123,456,789.00');
  });
});

describe('Código Civil Art. 183: terms in months', () => {
  it.each([
    ['2027-01-15', 24, '2029-01-15'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2027-12-15', 1, '2028-01-15'],
  ])(
    'Art. 183.2: %s + %i months → %s (the same day, or the last of a shorter month)',
    (from, months, to) => {
      expect(addMonths(from, months)).toBe(to);
    },
  );

  it('the last day in force: the end date stated, or the term from the start', () => {
    expect(convenioEndDate('2027-01-15', { endDate: '2027-12-31', termMonths: null })).toBe(
      '2027-12-31',
    );
    expect(convenioEndDate('2027-01-15', { endDate: null, termMonths: 12 })).toBe('2028-01-15');
  });
});

describe('expiry alerts (D17: 90, 60 and 30 calendar days before the end, from the profile)', () => {
  it('gives the dates, farthest first', () => {
    expect(expiryAlerts('2028-12-31', [30, 90, 60])).toEqual([
      { days: 90, on: '2028-10-02' },
      { days: 60, on: '2028-11-01' },
      { days: 30, on: '2028-12-01' },
    ]);
  });

  it('an alert on a day off comes the office day before, never after', () => {
    // 2028-10-02 is a Monday; 2028-12-01 a Friday; 2028-11-01 a Wednesday. Make 01/11 a day off.
    const off = new Set(['2028-11-01']);
    const isBusinessDay = (day: string) => {
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6 && !off.has(day);
    };
    expect(expiryAlerts('2028-12-31', [90, 60, 30], { isBusinessDay })).toEqual([
      { days: 90, on: '2028-10-02' },
      { days: 60, on: '2028-10-31' },
      { days: 30, on: '2028-12-01' },
    ]);
    // 2028-12-31 − 29 = 2028-12-02, a Saturday → Friday 01/12.
    expect(expiryAlerts('2028-12-31', [29], { isBusinessDay })).toEqual([
      { days: 29, on: '2028-12-01' },
    ]);
  });

  it('a convenio signed late gives only the alerts still to come', () => {
    expect(expiryAlerts('2027-03-31', [90, 60, 30], { after: '2027-01-20' })).toEqual([
      { days: 60, on: '2027-01-30' },
      { days: 30, on: '2027-03-01' },
    ]);
  });

  it('issue 15: the Gerente and the unit always; at 30 days, the Alcalde too if no renewal is under way', () => {
    expect(expiryAlertRecipients(90, false)).toEqual(['unidad_solicitante', 'GERENTE_MUNICIPAL']);
    expect(expiryAlertRecipients(30, false)).toEqual([
      'unidad_solicitante',
      'GERENTE_MUNICIPAL',
      'ALCALDE',
    ]);
    expect(expiryAlertRecipients(30, true)).toEqual(['unidad_solicitante', 'GERENTE_MUNICIPAL']);
    expect(expiryAlertRecipients(15, false)).toContain('ALCALDE');
  });
});

describe('obligationSchedule: the due dates of an obligation while the convenio is in force', () => {
  const periodic = (everyMonths: number) => ({
    kind: 'periodica' as const,
    dueOn: null,
    everyMonths,
  });

  it('a quarterly report, counted from the start each time (Código Civil Art. 183)', () => {
    expect(obligationSchedule(periodic(3), '2027-01-31', '2027-12-31')).toEqual([
      { n: 1, dueOn: '2027-04-30' },
      { n: 2, dueOn: '2027-07-31' },
      { n: 3, dueOn: '2027-10-31' },
    ]);
  });

  it('the last report falls on the last day when the term is a whole number of periods', () => {
    expect(obligationSchedule(periodic(6), '2027-01-15', '2029-01-15').map((d) => d.dueOn)).toEqual(
      ['2027-07-15', '2028-01-15', '2028-07-15', '2029-01-15'],
    );
  });

  it('none when the convenio ends before the first period', () => {
    expect(obligationSchedule(periodic(12), '2027-01-15', addDays('2028-01-15', -1))).toEqual([]);
  });

  it('a one-off obligation on its date, kept within the term', () => {
    const once = (dueOn: string | null) => ({ kind: 'unica' as const, dueOn, everyMonths: null });
    expect(obligationSchedule(once('2027-06-30'), '2027-01-15', '2028-01-15')).toEqual([
      { n: 1, dueOn: '2027-06-30' },
    ]);
    expect(obligationSchedule(once('2029-06-30'), '2027-01-15', '2028-01-15')).toEqual([
      { n: 1, dueOn: '2028-01-15' },
    ]);
    expect(obligationSchedule(once(null), '2027-01-15', '2028-01-15')).toEqual([
      { n: 1, dueOn: '2028-01-15' },
    ]);
  });
});

describe('the profile section kinds.convenios', () => {
  const numbering = {
    convenio: { issuingUnit: 'ALC', template: 'CONVENIO N° {seq:3}-{year}-MML' },
  };
  const COUNCIL = { exemptWithoutFinancialObligations: false };
  const section = (over: Record<string, unknown> = {}) =>
    plainToInstance(ConveniosProfile, {
      series: 'convenio',
      terms: {
        budgetCertification: 5,
        legalOpinion: 7,
        conformity: 3,
        mayorReview: 5,
        signature: 5,
        correction: 10,
      },
      freeExitNoticeDays: 30,
      ...over,
    });
  const problems = (s: ConveniosProfile) => [
    ...validateSync(s).map((e) => e.property),
    ...(conveniosProfileSection.check?.(s, { numbering }) ?? []),
  ];

  it('a section without alerts or checklist takes the defaults: 90/60/30 and D11 first', () => {
    const s = section();
    expect(problems(s)).toEqual([]);
    const settings = conveniosSettings(s, COUNCIL);
    expect(settings.expiryAlertDays).toEqual([90, 60, 30]);
    expect(settings.legalChecklist[0]?.code).toBe(FREE_ADHESION_CLAUSE);
    expect(settings.legalChecklist).toEqual(DEFAULT_LEGAL_CHECKLIST);
  });

  it("the Concejo's exemption (D17 ⚠) comes from council.convenios, the one place it is said", () => {
    const exempting = { exemptWithoutFinancialObligations: true };
    expect(conveniosSettings(section(), exempting).exemptWithoutFinancialObligations).toBe(true);
    expect(conveniosSettings(section(), COUNCIL).exemptWithoutFinancialObligations).toBe(false);
  });

  it('D11 (TUO Art. 88.3): a checklist of its own must keep the clause of free adhesion and separation', () => {
    const s = section({ legalChecklist: [{ code: 'competencia', label: 'Competencia' }] });
    expect(problems(s)).toEqual([
      expect.stringMatching(/libre_adhesion_separacion[\s\S]*Art\. 88\.3/),
    ]);
  });

  it('the series must be a numbering of the profile; terms are business days from 1 to 60', () => {
    expect(problems(section({ series: 'convenios_mml' }))).toEqual([
      'series: no hay numeración "convenios_mml"',
    ]);
    expect(problems(section({ terms: { legalOpinion: 0 } }))).toContain('terms');
    expect(problems(section({ expiryAlertDays: [90, 90] }))).toContain('expiryAlertDays');
  });

  it('alert days are sorted farthest first whatever order the profile gives', () => {
    expect(
      conveniosSettings(section({ expiryAlertDays: [30, 120, 60] }), COUNCIL).expiryAlertDays,
    ).toEqual([120, 60, 30]);
  });
});
