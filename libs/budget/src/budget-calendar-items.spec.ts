import { BusinessCalendar, nationalHolidays } from '#calendar';
import { calendarStatus } from './budget-calendar-items.js';

/** The status the calendar and the board both show (issue 16): one rule, here. */
describe('calendarStatus (issue 16)', () => {
  const calendar = new BusinessCalendar((year) => nationalHolidays(year));

  it('an approved or published document is done, whatever its date', () => {
    expect(calendarStatus('approved', '2026-01-01', '2026-12-10', calendar)).toBe('done');
    expect(calendarStatus('published', null, '2026-12-10', calendar)).toBe('done');
  });

  it('a chained document without a date yet is on time', () => {
    expect(calendarStatus('preparing', null, '2026-12-10', calendar)).toBe('on_time');
  });

  it('at risk within 15 business days of its last day (8, 9 and 25 December are feriados), late the day after', () => {
    // 10 → 31 December 2026: 14 business days.
    expect(calendarStatus('opp_review', '2026-12-31', '2026-12-10', calendar)).toBe('at_risk');
    expect(calendarStatus('opp_review', '2026-12-31', '2026-12-31', calendar)).toBe('at_risk');
    // 2 November → 31 December: many more.
    expect(calendarStatus('preparing', '2026-12-31', '2026-11-02', calendar)).toBe('on_time');
    expect(calendarStatus('preparing', '2026-12-31', '2027-01-01', calendar)).toBe('late');
  });
});
