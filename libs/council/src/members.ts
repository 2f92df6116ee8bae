import { type Refusal, refuse } from '#core';
import { type CivilDate, spanishDate } from '#calendar';
import { CouncilRefusal } from './council.errors.js';

/** The Concejo is the Alcalde and the regidores (LOM Art. 5); the Alcalde presides it. */
export type CouncilRole = 'alcalde' | 'regidor';

export interface CouncilMember {
  readonly id: string;
  readonly name: string;
  readonly role: CouncilRole;
}

/** A licencia granted by the Concejo, or a suspension (LOM Art. 25): the member is not hábil. */
export type AbsenceKind = 'licencia' | 'suspension';

export interface MemberAbsence {
  readonly memberId: string;
  readonly kind: AbsenceKind;
  /** First day, inclusive. */
  readonly from: CivilDate;
  /** Last day, inclusive; null while it lasts (a suspension until its cause ends). */
  readonly to: CivilDate | null;
}

/** One municipality's Concejo: the número legal from the profile, who sits on it, who is away when. */
export interface Council {
  /** `council.legalRegidores` of the profile (the JNE's credential). */
  readonly legalRegidores: number;
  readonly members: readonly CouncilMember[];
  readonly absences: readonly MemberAbsence[];
}

const ABSENCE_NAMES: Record<AbsenceKind, string> = {
  licencia: 'con licencia',
  suspension: 'suspendido',
};

/** LOM Art. 13, 16: the número legal is the Alcalde plus the elected regidores. */
export const numeroLegal = (council: Council): number => council.legalRegidores + 1;

/** The leave or suspension that covers `date` for a member, if any. */
export function absenceOn(
  council: Council,
  memberId: string,
  date: CivilDate,
): MemberAbsence | null {
  return (
    council.absences.find(
      (a) => a.memberId === memberId && a.from <= date && (a.to === null || date <= a.to),
    ) ?? null
  );
}

export const memberOf = (council: Council, memberId: string): CouncilMember | null =>
  council.members.find((m) => m.id === memberId) ?? null;

/** A member is hábil on a date unless on leave or suspended that day. */
export const isHabil = (council: Council, memberId: string, date: CivilDate): boolean =>
  memberOf(council, memberId) !== null && absenceOn(council, memberId, date) === null;

export const habilMembers = (council: Council, date: CivilDate): CouncilMember[] =>
  council.members.filter((m) => absenceOn(council, m.id, date) === null);

/**
 * LOM Art. 16: the número hábil, the members who may sit on `date`: the número legal less those on
 * leave or suspended (and less a seat still vacant, not yet filled by the JNE's credential).
 */
export const numeroHabil = (council: Council, date: CivilDate): number =>
  habilMembers(council, date).length;

/** Why a member may not act in the session of `date` (not a member, on leave, suspended), or null. */
export function memberRefusal(council: Council, memberId: string, date: CivilDate): Refusal | null {
  const member = memberOf(council, memberId);
  if (!member)
    return refuse(CouncilRefusal.NOT_A_MEMBER, 'Quien actúa no es miembro de este Concejo.');
  const absence = absenceOn(council, memberId, date);
  if (!absence) return null;
  const until = absence.to ? ` hasta el ${spanishDate(absence.to)}` : '';
  return refuse(
    CouncilRefusal.MEMBER_NOT_HABIL,
    `${member.name} está ${ABSENCE_NAMES[absence.kind]} desde el ${spanishDate(absence.from)}${until}: no es miembro hábil el ${spanishDate(date)} (LOM Art. 16) y no puede votar ni contar para el quórum.`,
  );
}

/** What is wrong with a Concejo as recorded: one Alcalde, no more regidores than the número legal, known members. */
export function councilCompositionProblems(council: Council): string[] {
  const problems: string[] = [];
  const alcaldes = council.members.filter((m) => m.role === 'alcalde').length;
  if (alcaldes !== 1) problems.push(`el Concejo tiene un Alcalde, no ${alcaldes}`);
  const regidores = council.members.filter((m) => m.role === 'regidor').length;
  if (regidores > council.legalRegidores)
    problems.push(
      `hay ${regidores} regidores y el número legal admite ${council.legalRegidores} (más el Alcalde)`,
    );
  const ids = new Set<string>();
  for (const member of council.members) {
    if (ids.has(member.id)) problems.push(`el miembro ${member.id} figura dos veces`);
    ids.add(member.id);
  }
  for (const absence of council.absences) {
    if (!ids.has(absence.memberId))
      problems.push(`la licencia o suspensión de ${absence.memberId} no es de un miembro`);
    if (absence.to !== null && absence.to < absence.from)
      problems.push(`la licencia o suspensión de ${absence.memberId} termina antes de empezar`);
  }
  return problems;
}
