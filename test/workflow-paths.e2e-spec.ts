import { MandateCreator, MANDATES, mandatesDefinition } from '#mandates';
import { type Actor, AuditChain, type WorkflowEvent } from '#workflow';
import { drivePath, type PathDriver, transitionPaths } from './support/machine-paths.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('Every transition of every machine, through the engine (xstate/graph)', () => {
  let t: TestApp;
  const actors = new Map<string, Actor>();

  beforeAll(async () => {
    // A week's horizon: some timers are armed at once, later ones (escalations) wait for the sweeper.
    t = await startTestApp({
      CLOCK: 'manual',
      TIMER_SWEEP_MS: '0',
      TIMER_HORIZON_MS: String(7 * 86_400_000),
    });
    const users = await t.query<{
      id: string;
      username: string;
      municipality_id: string;
      unit_id: string;
      roles: string[];
    }>(`SELECT id, username, municipality_id, unit_id, roles FROM users`);
    for (const u of users)
      actors.set(u.username, {
        userId: u.id,
        name: u.username,
        municipalityId: u.municipality_id,
        unitId: u.unit_id,
        roles: u.roles,
      });
  });
  afterAll(async () => {
    await t.close();
  });

  const actor = (username: string): Actor => {
    const found = actors.get(username);
    if (!found) throw new Error(`sin usuario ${username}`);
    return found;
  };

  describe('mandates', () => {
    const events: WorkflowEvent[] = [
      { type: 'REPORT_PROGRESS', note: 'Avance' },
      { type: 'SUBMIT', evidence: 'Informe N° 1' },
      { type: 'ACCEPT' },
      { type: 'RETURN', reason: 'Falta el avance financiero' },
      { type: 'CANCEL', reason: 'Ya no es necesario' },
    ];
    let driver: PathDriver;

    beforeAll(async () => {
      const gerente = actor('mml.gerente');
      const gdu = await t.query<{ unit_id: string }>(
        `SELECT unit_id FROM users WHERE username = 'mml.gdu'`,
      );
      const context = await t.app.get(MandateCreator).prepare(gerente, {
        title: 'Encargo de prueba',
        instructions: 'Recorrer cada transición',
        source: 'memorando',
        responsibleUnitId: gdu[0]?.unit_id,
        term: { days: 3, unit: 'business' },
      });
      driver = {
        kind: MANDATES,
        definition: mandatesDefinition,
        creator: gerente,
        context,
        actorFor: (event) =>
          actor(['REPORT_PROGRESS', 'SUBMIT'].includes(event.type) ? 'mml.gdu' : 'mml.gerente'),
      };
    });

    // The machine is pure: any well-formed context explores the same graph.
    const sample = {
      title: 'x',
      instructions: 'x',
      source: 'memorando',
      sourceReference: null,
      assignerUnitId: 'a',
      assignerUserId: 'u',
      responsibleUnitId: 'r',
      term: { days: 3, unit: 'business' },
      progress: [],
      evidence: null,
      returns: [],
      closingReason: null,
    };
    const paths = transitionPaths(mandatesDefinition.machine, sample, events);

    it('covers every transition of the machine', () => {
      const edges = new Set(
        paths.map((p) => `${p.states.at(-2) ?? 'open'}:${p.events.at(-1)?.type}`),
      );
      expect([...edges].sort()).toEqual(
        [
          'open:REPORT_PROGRESS',
          'open:SUBMIT',
          'open:CANCEL',
          'review:ACCEPT',
          'review:RETURN',
          'review:CANCEL',
        ].sort(),
      );
    });

    it.each(paths.map((p) => [p.name, p]))('%s', async (_name, path) => {
      await drivePath(t, driver, path);
    });

    it('leaves an intact audit chain', async () => {
      const municipalityId = actor('mml.gerente').municipalityId;
      await expect(t.app.get(AuditChain).verify(municipalityId)).resolves.toMatchObject({
        ok: true,
      });
    });
  });
});
