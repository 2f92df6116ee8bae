import { adoptionOf, undecreedDecisions } from './national-adoption.js';

const DECREE_OF_MEGANTONI = 'Decreto de Alcaldía N° 001-2025-A/MDM';
const RESOLUTION_OF_LIMA = 'Resolución de Alcaldía N° 480-2025-MML';

describe('adoption of the national días no laborables (D1; TUO Art. 145.1)', () => {
  it('adopts every decreed day by default, without an instrument of its own (no section, no decision)', () => {
    expect(adoptionOf(undefined, '2026-01-02')).toEqual({ adopted: true, instrument: null });
    expect(adoptionOf({}, '2026-01-02')).toEqual({ adopted: true, instrument: null });
    expect(adoptionOf({ nationalNonWorkingDays: {} }, '2026-01-02')).toEqual({
      adopted: true,
      instrument: null,
    });
  });

  it('follows the decision on that date, with its instrument (Fri 2 Jan 2026, DS 042-2025-PCM)', () => {
    const megantoni = {
      nationalNonWorkingDays: {
        decisions: [{ date: '2026-01-02', adopted: false, instrument: DECREE_OF_MEGANTONI }],
      },
    };
    expect(adoptionOf(megantoni, '2026-01-02')).toEqual({
      adopted: false,
      instrument: DECREE_OF_MEGANTONI,
    });
    expect(adoptionOf(megantoni, '2025-12-26')).toEqual({ adopted: true, instrument: null });
  });

  it('with adoptedByDefault: false adopts only the days decided so (2 Jan 2026 yes, 26 Dec 2025 no)', () => {
    const lima = {
      nationalNonWorkingDays: {
        adoptedByDefault: false,
        decisions: [{ date: '2026-01-02', adopted: true, instrument: RESOLUTION_OF_LIMA }],
      },
    };
    expect(adoptionOf(lima, '2026-01-02')).toEqual({
      adopted: true,
      instrument: RESOLUTION_OF_LIMA,
    });
    expect(adoptionOf(lima, '2025-12-26')).toEqual({ adopted: false, instrument: null });
  });

  it('names each decision on a date the national table does not hold as decreed (checked at boot)', () => {
    const profiles = [
      {
        code: 'megantoni',
        nationalNonWorkingDays: {
          decisions: [
            { date: '2026-01-02', adopted: false, instrument: DECREE_OF_MEGANTONI },
            { date: '2026-01-05', adopted: false, instrument: DECREE_OF_MEGANTONI },
          ],
        },
      },
      { code: 'mml' },
    ];
    expect(undecreedDecisions(profiles, new Set(['2026-01-02']))).toEqual([
      expect.stringMatching(
        /^megantoni\.yaml nationalNonWorkingDays\.decisions\.1: el 2026-01-05 no es un día no laborable del sector público declarado por decreto supremo/,
      ),
    ]);
    expect(undecreedDecisions(profiles, new Set(['2026-01-02', '2026-01-05']))).toEqual([]);
  });
});
