import type { CivilDate } from '#calendar';
import { councilError } from './council.errors.js';
import { type Council, isHabil, memberOf, numeroHabil } from './members.js';

/** A member comes into the session room or leaves it; the Secretaría General records each. */
export type AttendanceKind = 'llegada' | 'retiro';

export interface AttendanceEvent {
  readonly memberId: string;
  readonly kind: AttendanceKind;
  readonly at: Date;
}

/** Who is in the room at `at` (inclusive), replaying the arrivals and departures in their order. */
export function membersInRoom(events: readonly AttendanceEvent[], at: Date): Set<string> {
  const inRoom = new Set<string>();
  for (const event of events) {
    if (event.at.getTime() > at.getTime()) continue;
    if (event.kind === 'llegada') inRoom.add(event.memberId);
    else inRoom.delete(event.memberId);
  }
  return inRoom;
}

/**
 * LOM Art. 16: the quorum is half plus one of the miembros hábiles, floor(h/2) + 1: 40 hábiles
 * need 21, 39 need 20, 6 need 4, 5 need 3.
 */
export const quorumRequired = (habiles: number): number => Math.floor(habiles / 2) + 1;

export interface QuorumState {
  readonly numeroHabil: number;
  readonly required: number;
  /** The hábil members in the room: one on leave or suspended may be there, and does not count. */
  readonly presentHabiles: readonly string[];
  readonly hasQuorum: boolean;
}

/** The quorum at an instant of the session held on `sessionDate`, from who is in the room then. */
export function quorumAt(
  council: Council,
  sessionDate: CivilDate,
  events: readonly AttendanceEvent[],
  at: Date,
): QuorumState {
  const habiles = numeroHabil(council, sessionDate);
  const required = quorumRequired(habiles);
  const presentHabiles = [...membersInRoom(events, at)].filter((id) =>
    isHabil(council, id, sessionDate),
  );
  return {
    numeroHabil: habiles,
    required,
    presentHabiles,
    hasQuorum: presentHabiles.length >= required,
  };
}

export const hasQuorum = (
  council: Council,
  sessionDate: CivilDate,
  events: readonly AttendanceEvent[],
  at: Date,
): boolean => quorumAt(council, sessionDate, events, at).hasQuorum;

/**
 * Adds an arrival or a departure to the session's attendance: in time order, by a member, who
 * arrives when out of the room and leaves when in it. Returns the new list; throws the refusal.
 */
export function recordAttendance(
  council: Council,
  events: readonly AttendanceEvent[],
  event: AttendanceEvent,
): AttendanceEvent[] {
  const member = memberOf(council, event.memberId);
  if (!member)
    throw councilError(
      'NOT_A_MEMBER',
      'Solo se registra la asistencia de los miembros del Concejo.',
    );
  const last = events.at(-1);
  if (last && event.at.getTime() < last.at.getTime())
    throw councilError(
      'ATTENDANCE_OUT_OF_ORDER',
      'La asistencia se registra en el orden en que ocurre: hay un registro posterior a esa hora.',
    );
  const inRoom = membersInRoom(events, event.at).has(event.memberId);
  if (event.kind === 'llegada' && inRoom)
    throw councilError('ALREADY_PRESENT', `${member.name} ya está en la sala.`);
  if (event.kind === 'retiro' && !inRoom)
    throw councilError('NOT_PRESENT', `${member.name} no está en la sala: no puede retirarse.`);
  return [...events, event];
}
