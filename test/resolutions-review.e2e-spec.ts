import { expectProblem } from './support/problems.js';
import {
  businessDeadline,
  eventsPath,
  getResolution,
  historyOf,
  resolutionIn,
  type ResolutionResource,
  sendEvent,
} from './support/resolutions.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

/**
 * Nulidad de oficio and revocación of a Resolución de Gerencia Municipal (issue 12, item 6; D9):
 * the traslado to each favoured party (Art. 213.2, 214.2), the 2-year term (Art. 213.3), the causes
 * of revocación (Art. 214.1), partial nulidad (Art. 13.2) and a review dismissed. Real 2026 dates
 * (May 2026 has no holiday after the 1st). Lima is UTC−5 all year. The MML profile's traslado is
 * 5 business days (`kinds.resolutions.terms.hearing`).
 */

const ANDES = 'Constructora Los Andes S.A.C.';
const PAMPA = 'Inversiones Pampa Verde S.A.';
const TWO = {
  hasBudgetImpact: false,
  addressees: [
    { name: ANDES, documentId: '20512345678' },
    { name: PAMPA, email: 'legal@pampaverde.pe' },
  ],
};
const ONE = { hasBudgetImpact: false };
const GROUNDS = 'Art. 10.2 TUO Ley 27444: se omitió el informe técnico de la supervisión.';
const REASON = 'El OCI advirtió que se otorgó sin el informe técnico de la supervisión.';

type Review = {
  kind: string;
  outcome: string | null;
  instrument: string | null;
  part: string | null;
  hearings: Array<{ name: string; arguments: unknown[]; lapsedAt: string | null }>;
};
const reviewOf = (r: ResolutionResource) => r['review'] as Review | null;
const trasladosOf = (r: ResolutionResource) =>
  r.deadlines.filter((d) => d.code === 'traslado_revision');

describe('Nulidad de oficio and revocación of a Resolución de Gerencia Municipal (TUO Ley 27444, D9)', () => {
  let t: TestApp;
  let client: WorkflowClient;

  beforeAll(async () => {
    t = await startTestApp({ CLOCK: 'manual', TIMER_SWEEP_MS: '0' });
    client = new WorkflowClient(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const at = (instant: string) => client.setClock(instant);
  /** Signed and served in person on Monday 11 May 2026, 10:00. */
  const notifiedOn11May = async (overrides: Record<string, unknown>) => {
    await at('2026-05-11T15:00:00Z');
    return resolutionIn(client, 'notified', overrides);
  };
  const serveAll = async (r: ResolutionResource, servedAt: string) => {
    let current = r;
    for (const addressee of r['addressees'] as Array<{ name: string }>)
      current = await sendEvent(client, 'mml.gdu', r.id, {
        type: 'SERVE_HEARING',
        addressee: addressee.name,
        channel: 'personal',
        servedAt,
      });
    return current;
  };

  it('Art. 213.2: the nulidad waits for the traslado of 5 business days to each favoured party; then the Alcalde declares it by a numbered act, every step audited', async () => {
    const act = await notifiedOn11May(TWO);
    // Tuesday 12 May 2026, 09:00: the Alcalde opens the nulidad de oficio; not the Gerente.
    await at('2026-05-12T14:00:00Z');
    expectProblem(
      await client.post('mml.gerente', eventsPath(act.id), {
        type: 'START_ANNULMENT',
        reason: REASON,
        grounds: GROUNDS,
      }),
      403,
      'FORBIDDEN',
    );
    const opened = await sendEvent(client, 'mml.alcalde', act.id, {
      type: 'START_ANNULMENT',
      reason: REASON,
      grounds: GROUNDS,
    });
    expect(opened.state).toBe('under_review');
    expect(reviewOf(opened)?.hearings.map((h) => h.name)).toEqual([ANDES, PAMPA]);
    const annul = {
      type: 'ANNUL',
      reason: REASON,
      instrument: 'Resolución de Alcaldía N° 120-2026-MML',
    };
    // No traslado served yet: no decision.
    expectProblem(
      await client.post('mml.alcalde', eventsPath(act.id), annul),
      409,
      'HEARING_PENDING',
    );
    const served = await serveAll(opened, '2026-05-12T09:00:00-05:00');
    // 5 business days from Wednesday 13 May: Tuesday 19 May.
    expect(await businessDeadline(client, '2026-05-12', 5)).toBe('2026-05-19');
    expect(trasladosOf(served)).toHaveLength(2);
    // Thursday 14 May: Los Andes files its descargos; the term still runs.
    await at('2026-05-14T16:00:00Z');
    await sendEvent(client, 'mml.gdu', act.id, {
      type: 'FILE_ARGUMENTS',
      filedBy: ANDES,
      filedAt: '2026-05-14T11:00:00-05:00',
      summary: 'Sostiene que el informe técnico obra en el expediente a fojas 12.',
    });
    const early = await client.post('mml.alcalde', eventsPath(act.id), annul);
    expectProblem(early, 409, 'HEARING_PENDING');
    expect(early.body.detail).toMatch(/5 días hábiles/);

    // Wednesday 20 May 2026: both traslados lapsed.
    await at('2026-05-20T14:00:00Z');
    const lapsed = await getResolution(client, act.id, 'mml.alcalde');
    expect(lapsed.state).toBe('under_review');
    expect(trasladosOf(lapsed)).toEqual([]);
    expect(lapsed.allowedEvents).toContain('ANNUL');
    // The annulling act's number is mandatory.
    expectProblem(
      await client.post('mml.alcalde', eventsPath(act.id), { type: 'ANNUL', reason: REASON }),
      400,
      'VALIDATION_FAILED',
    );
    const annulled = await sendEvent(client, 'mml.alcalde', act.id, annul);
    expect(annulled).toMatchObject({
      state: 'annulled',
      annulment: { reason: REASON, instrument: annul.instrument },
      allowedEvents: [],
    });
    expect(reviewOf(annulled)).toMatchObject({
      kind: 'nulidad',
      outcome: 'declarada',
      instrument: annul.instrument,
    });
    expect(reviewOf(annulled)?.hearings[0]?.arguments).toHaveLength(1);
    expect(annulled.links).toEqual([
      expect.objectContaining({ type: 'anulada_por', number: annul.instrument }),
    ]);
    const steps = (await historyOf(client, act.id)).map((h) => h.type);
    expect(steps.slice(steps.indexOf('START_ANNULMENT'))).toEqual([
      'START_ANNULMENT',
      'SERVE_HEARING',
      'SERVE_HEARING',
      'FILE_ARGUMENTS',
      // The kernel records each traslado's expiry, then the event it sends.
      'deadline.expired',
      'HEARING_LAPSED',
      'deadline.expired',
      'HEARING_LAPSED',
      'ANNUL',
    ]);
  });

  it('Art. 214: a revocación only on a cause of Art. 214.1, after the traslado; the act is revoked (ex nunc)', async () => {
    const act = await notifiedOn11May(ONE);
    await at('2026-05-12T14:00:00Z');
    expectProblem(
      await client.post('mml.alcalde', eventsPath(act.id), {
        type: 'START_REVOCATION',
        reason: 'Conveniencia.',
        cause: '214.1.4',
        grounds: 'Oportunidad.',
      }),
      400,
      'VALIDATION_FAILED',
    );
    const opened = await sendEvent(client, 'mml.alcalde', act.id, {
      type: 'START_REVOCATION',
      reason: 'Desapareció la condición de la licencia: el predio fue expropiado.',
      cause: '214.1.2',
      grounds: 'Oficio N° 033-2026-SBN: el predio pasó al Estado.',
    });
    expect(reviewOf(opened)?.kind).toBe('revocacion');
    // A revocación is not declared as a nulidad.
    await serveAll(opened, '2026-05-12T09:00:00-05:00');
    await at('2026-05-20T14:00:00Z');
    expectProblem(
      await client.post('mml.alcalde', eventsPath(act.id), {
        type: 'ANNUL',
        reason: 'x',
        instrument: 'Resolución de Alcaldía N° 121-2026-MML',
      }),
      409,
      'REVIEW_KIND_MISMATCH',
    );
    const revoked = await sendEvent(client, 'mml.alcalde', act.id, {
      type: 'REVOKE',
      reason: 'Se revoca con efectos a partir de la notificación de esta resolución.',
      instrument: 'Resolución de Alcaldía N° 121-2026-MML',
    });
    expect(revoked).toMatchObject({
      state: 'revoked',
      revocation: { cause: '214.1.2', instrument: 'Resolución de Alcaldía N° 121-2026-MML' },
      annulment: null,
      allowedEvents: [],
    });
    expect(revoked.links).toEqual([
      expect.objectContaining({
        type: 'revocada_por',
        number: 'Resolución de Alcaldía N° 121-2026-MML',
      }),
    ]);
  });

  it('Art. 13.2: a partial nulidad annuls an independent part; the rest of the act stands', async () => {
    const act = await notifiedOn11May(ONE);
    await at('2026-05-12T14:00:00Z');
    const opened = await sendEvent(client, 'mml.alcalde', act.id, {
      type: 'START_ANNULMENT',
      reason: REASON,
      grounds: GROUNDS,
    });
    await serveAll(opened, '2026-05-12T09:00:00-05:00');
    await at('2026-05-20T14:00:00Z');
    const part = 'Artículo segundo (exoneración de la garantía).';
    expectProblem(
      await client.post('mml.alcalde', eventsPath(act.id), {
        type: 'ANNUL',
        reason: REASON,
        instrument: 'Resolución de Alcaldía N° 122-2026-MML',
        extent: 'parcial',
      }),
      400,
      'VALIDATION_FAILED',
    );
    const modified = await sendEvent(client, 'mml.alcalde', act.id, {
      type: 'ANNUL',
      reason: REASON,
      instrument: 'Resolución de Alcaldía N° 122-2026-MML',
      extent: 'parcial',
      part,
    });
    expect(['notified', 'firm']).toContain(modified.state);
    expect(modified.annulment).toBeNull();
    expect(reviewOf(modified)).toMatchObject({ outcome: 'declarada_en_parte', part });
    expect(modified.links).toEqual([
      expect.objectContaining({
        type: 'modificada_por',
        number: 'Resolución de Alcaldía N° 122-2026-MML',
      }),
    ]);
  });

  it('D9: a review dismissed leaves the act standing where it was', async () => {
    const act = await notifiedOn11May(ONE);
    await at('2026-05-12T14:00:00Z');
    const opened = await sendEvent(client, 'mml.alcalde', act.id, {
      type: 'START_ANNULMENT',
      reason: REASON,
      grounds: GROUNDS,
    });
    expectProblem(
      await client.post('mml.alcalde', eventsPath(act.id), {
        type: 'START_REVOCATION',
        reason: 'x',
        cause: '214.1.2',
        grounds: 'y',
      }),
      409,
      'REVIEW_IN_PROGRESS',
    );
    await serveAll(opened, '2026-05-12T09:00:00-05:00');
    await at('2026-05-20T14:00:00Z');
    const stands = await sendEvent(client, 'mml.alcalde', act.id, {
      type: 'DISMISS_REVIEW',
      reason: 'Los descargos acreditan que el informe técnico obra en el expediente.',
      instrument: 'Resolución de Alcaldía N° 123-2026-MML',
    });
    expect(['notified', 'firm']).toContain(stands.state);
    expect(stands.annulment).toBeNull();
    expect(reviewOf(stands)).toMatchObject({ outcome: 'desestimada' });
    expect(stands['reviews']).toHaveLength(1);
  });
});
