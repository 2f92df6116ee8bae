import type { Actor } from '#audit';
import { refusalCodes } from '#core';
import { policyGuards } from './policy-guards.js';

const Codes = refusalCodes({
  SYSTEM_EVENT: [403, 'Lo registra el sistema'],
  OWN_SUBMISSION: [403, 'Propuesta propia'],
});

const guard = policyGuards<{ submittedBy: string | null }>({
  systemEvents: {
    events: ['EXPIRE'],
    refusal: Codes.SYSTEM_EVENT,
    detail: 'Lo registra el sistema.',
  },
  ownSubmission: {
    events: ['APPROVE'],
    submittedBy: (c) => c.submittedBy,
    refusal: Codes.OWN_SUBMISSION,
    detail: 'Usted la presentó.',
  },
});

const person = (userId: string | null, roles: string[] = []): Actor => ({
  userId,
  name: 'p',
  municipalityId: 'm',
  unitId: 'u',
  roles,
});
const instance = { id: 'i', municipalityId: 'm', state: 's', createdBy: 'drafter' };
const facts = (submittedBy: string | null = 'submitter') => ({
  ...instance,
  context: { submittedBy },
});

describe('policyGuards', () => {
  it('refuses the administrator first, whatever the event', () => {
    expect(guard(person('a', ['ADMIN']), { type: 'EDIT' }, facts())?.refusal.code).toBe(
      'ADMIN_DOES_NOT_ACT',
    );
  });

  it("refuses a person the system's events with the kind's code and words", () => {
    expect(guard(person('x'), { type: 'EXPIRE' }, facts())).toEqual({
      refusal: Codes.SYSTEM_EVENT,
      detail: 'Lo registra el sistema.',
    });
  });

  it('refuses whoever drafted or submitted it the decision on it, nobody else', () => {
    const own = { refusal: Codes.OWN_SUBMISSION, detail: 'Usted la presentó.' };
    expect(guard(person('drafter'), { type: 'APPROVE' }, facts())).toEqual(own);
    expect(guard(person('submitter'), { type: 'APPROVE' }, facts())).toEqual(own);
    expect(guard(person('other'), { type: 'APPROVE' }, facts())).toBeNull();
    // Not a decision: the drafter edits their own draft.
    expect(guard(person('drafter'), { type: 'EDIT' }, facts())).toBeNull();
    // The system (no user id) is never taken for a missing submitter.
    expect(guard(person(null), { type: 'APPROVE' }, facts(null))).toBeNull();
  });

  it('without rules, only the administrator is refused', () => {
    const none = policyGuards<object>({});
    expect(none(person('x'), { type: 'EXPIRE' }, { ...instance, context: {} })).toBeNull();
  });
});
