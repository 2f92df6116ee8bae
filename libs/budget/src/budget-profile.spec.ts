import { type BudgetProfile, budgetProfileProblems } from '#org';

const units = [{ code: 'GPP' }];
const itemTypes = [{ code: 'presupuesto' }];
const profile = (documents: unknown[]): BudgetProfile =>
  ({ fiscalYears: { from: 2025, to: 2030 }, documents }) as BudgetProfile;
const pia = {
  code: 'pia',
  name: 'PIA',
  responsibleUnit: 'GPP',
  approval: { authority: 'concejo', councilItemType: 'presupuesto' },
  deadline: { fixed: '12-31', yearOffset: -1 },
  mayorFallback: true,
  basis: 'LOM Art. 9 inc. 16',
};

describe('the profile section budget: (issue 16)', () => {
  it('accepts a fixed PIA and a PAC chained to it', () => {
    const pac = { ...pia, code: 'pac', approval: { authority: 'alcalde' }, mayorFallback: false };
    const chained = { ...pac, deadline: { after: 'pia', businessDays: 15 } };
    expect(budgetProfileProblems(profile([pia, chained]), units, itemTypes)).toEqual([]);
  });

  it('refuses unknown units and item types, a deadline both fixed and chained, and a missing predecessor', () => {
    const problems = budgetProfileProblems(
      profile([
        {
          ...pia,
          responsibleUnit: 'XXX',
          approval: { authority: 'concejo', councilItemType: 'x' },
        },
        {
          ...pia,
          code: 'pac',
          deadline: { fixed: '01-01', yearOffset: 0, after: 'pia', businessDays: 1 },
        },
        {
          ...pia,
          code: 'poi_anual',
          mayorFallback: false,
          deadline: { after: 'cuenta_general', businessDays: 5 },
        },
      ]),
      units,
      itemTypes,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/pia\.responsibleUnit/),
        expect.stringMatching(/pia\.approval\.councilItemType/),
        expect.stringMatching(/pac\.deadline/),
        expect.stringMatching(/poi_anual\.deadline\.after/),
      ]),
    );
  });

  it('accepts phases in the order of their dates, none after the document; refuses the others', () => {
    const phase = (code: string, fixed: string) => ({
      code,
      name: code,
      fixed,
      yearOffset: -1,
      basis: 'DS 142-2009-EF, Art. 6',
    });
    const participativo = {
      ...pia,
      code: 'presupuesto_participativo',
      mayorFallback: false,
      deadline: { fixed: '06-30', yearOffset: -1 },
    };
    const ordered = [phase('preparacion', '02-28'), phase('formalizacion', '06-30')];
    expect(
      budgetProfileProblems(profile([{ ...participativo, phases: ordered }]), units, itemTypes),
    ).toEqual([]);
    const problems = budgetProfileProblems(
      profile([
        {
          ...participativo,
          phases: [
            phase('concertacion', '04-30'),
            phase('preparacion', '02-28'),
            phase('preparacion', '07-31'),
          ],
        },
      ]),
      units,
      itemTypes,
    );
    expect(problems).toEqual([
      expect.stringMatching(/phases\.preparacion: vence antes que la fase anterior/),
      expect.stringMatching(/phases\.preparacion: fase repetida/),
      expect.stringMatching(/la última fase vence después que el documento/),
    ]);
  });
});
