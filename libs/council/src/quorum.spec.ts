import { arrivals, at, councilOf } from '#council/testing';
import { DomainError } from '#core';
import {
  type AttendanceEvent,
  hasQuorum,
  membersInRoom,
  quorumAt,
  quorumRequired,
  recordAttendance,
} from './quorum.js';

const DAY = '2026-03-10';

describe('quorum: half plus one of the miembros hábiles (LOM Art. 16)', () => {
  it('floor(h/2) + 1, for odd and even: 40 → 21, 39 → 20, 6 → 4, 5 → 3, 1 → 1', () => {
    expect([40, 39, 6, 5, 1].map(quorumRequired)).toEqual([21, 20, 4, 3, 1]);
  });

  it('LOM Art. 16: MML, 40 hábiles: 20 in the room is no quorum, 21 is', () => {
    const council = councilOf(39);
    const ids = council.members.map((m) => m.id);
    expect(
      hasQuorum(council, DAY, arrivals(DAY, '09:00', ids.slice(0, 20)), at(DAY, '09:30')),
    ).toBe(false);
    expect(
      quorumAt(council, DAY, arrivals(DAY, '09:00', ids.slice(0, 21)), at(DAY, '09:30')),
    ).toEqual({
      numeroHabil: 40,
      required: 21,
      presentHabiles: ids.slice(0, 21),
      hasQuorum: true,
    });
  });

  it('LOM Art. 16: counted on the hábiles: with a regidor on leave the quorum drops, and his presence in the room does not count', () => {
    const council = councilOf(5, [{ memberId: 'r5', kind: 'licencia', from: DAY, to: DAY }]);
    const state = quorumAt(
      council,
      DAY,
      arrivals(DAY, '09:00', ['r1', 'r2', 'r5']),
      at(DAY, '09:30'),
    );
    expect(state).toEqual({
      numeroHabil: 5,
      required: 3,
      presentHabiles: ['r1', 'r2'],
      hasQuorum: false,
    });
  });

  it('LOM Art. 16: recomputed from who is in the room now: a departure breaks it, a return restores it', () => {
    const council = councilOf(5);
    let events: AttendanceEvent[] = [];
    for (const event of arrivals(DAY, '09:00', ['alcalde', 'r1', 'r2', 'r3']))
      events = recordAttendance(council, events, event);
    expect(hasQuorum(council, DAY, events, at(DAY, '09:30'))).toBe(true);
    events = recordAttendance(council, events, {
      memberId: 'r3',
      kind: 'retiro',
      at: at(DAY, '10:00'),
    });
    expect(hasQuorum(council, DAY, events, at(DAY, '09:59'))).toBe(true);
    expect(hasQuorum(council, DAY, events, at(DAY, '10:00'))).toBe(false);
    events = recordAttendance(council, events, {
      memberId: 'r3',
      kind: 'llegada',
      at: at(DAY, '10:20'),
    });
    expect(hasQuorum(council, DAY, events, at(DAY, '10:30'))).toBe(true);
    expect([...membersInRoom(events, at(DAY, '10:10'))]).toEqual(['alcalde', 'r1', 'r2']);
  });

  it('refuses an arrival of who is in the room, a departure of who is not, a stranger, and a record earlier than the last', () => {
    const council = councilOf(5);
    const events = arrivals(DAY, '09:00', ['r1']);
    const refusal = (event: AttendanceEvent) => {
      try {
        recordAttendance(council, events, event);
        return null;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return [error.code, error.status, error.detail];
      }
    };
    expect(refusal({ memberId: 'r1', kind: 'llegada', at: at(DAY, '09:10') })).toEqual([
      'ALREADY_PRESENT',
      409,
      'Regidor 1 ya está en la sala.',
    ]);
    expect(refusal({ memberId: 'r2', kind: 'retiro', at: at(DAY, '09:10') })).toEqual([
      'NOT_PRESENT',
      409,
      'Regidor 2 no está en la sala: no puede retirarse.',
    ]);
    expect(refusal({ memberId: 'gerente', kind: 'llegada', at: at(DAY, '09:10') })?.[0]).toBe(
      'NOT_A_MEMBER',
    );
    expect(refusal({ memberId: 'r2', kind: 'llegada', at: at(DAY, '08:59') })?.[0]).toBe(
      'ATTENDANCE_OUT_OF_ORDER',
    );
  });
});
