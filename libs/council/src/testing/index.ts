import { join } from 'node:path';
import { BusinessCalendar, nationalHolidays } from '#calendar';
import { loadMunicipalityProfiles, type MunicipalityProfile } from '#org';
import type { Council, CouncilMember } from '../members.js';
import type { AttendanceEvent } from '../quorum.js';
import type { CouncilSession } from '../sessions.js';
import type { VotingContext } from '../votes.js';

/** The shipped profile of `code` (config/municipalities), as the API loads it. */
export function shippedProfile(code: 'mml' | 'megantoni'): MunicipalityProfile {
  const profile = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities')).find(
    (p) => p.code === code,
  );
  if (!profile) throw new Error(`Sin perfil ${code}`);
  return profile;
}

/** Peru's national feriados only (no regional days, no decreed días no laborables). */
export const nationalCalendar = () => new BusinessCalendar((year) => nationalHolidays(year));

/** A Concejo with the Alcalde (`alcalde`) and `regidores` regidores (`r1`, `r2`, …). */
export function councilOf(regidores: number, absences: Council['absences'] = []): Council {
  const members: CouncilMember[] = [
    { id: 'alcalde', name: 'Alcalde', role: 'alcalde' },
    ...Array.from({ length: regidores }, (_, i) => ({
      id: `r${i + 1}`,
      name: `Regidor ${i + 1}`,
      role: 'regidor' as const,
    })),
  ];
  return { legalRegidores: regidores, members, absences };
}

/** An instant of the session day, `HH:MM` in Lima (UTC−5). */
export const at = (date: string, time: string): Date => new Date(`${date}T${time}:00-05:00`);

/** Everyone in `ids` arrives at `time`, in order, a second apart. */
export const arrivals = (date: string, time: string, ids: readonly string[]): AttendanceEvent[] =>
  ids.map((memberId, i) => ({
    memberId,
    kind: 'llegada',
    at: new Date(at(date, time).getTime() + i * 1000),
  }));

export function sessionOf(overrides: Partial<CouncilSession> = {}): CouncilSession {
  return {
    kind: 'ordinaria',
    date: '2026-03-10',
    convokedOn: '2026-03-05',
    agenda: [{ id: 'i1', itemType: 'convenio', title: 'Convenio con el Gobierno Regional' }],
    presidingMemberId: 'alcalde',
    ...overrides,
  };
}

/** A vote under way in `session`, everyone in `present` in the room since 09:00, asked at 10:00. */
export function votingIn(
  council: Council,
  present: readonly string[],
  session: CouncilSession = sessionOf(),
): VotingContext {
  return {
    council,
    session,
    attendance: arrivals(session.date, '09:00', present),
    at: at(session.date, '10:00'),
  };
}
