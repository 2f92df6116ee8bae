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
});
