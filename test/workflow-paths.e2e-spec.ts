import { DataSource } from 'typeorm';
import { MandateCreator, MANDATES, mandatesDefinition } from '#mandates';
import {
  type ResolutionContent,
  type ResolutionContext,
  ResolutionCreator,
  newResolutionContext,
  resolutionMachine,
  RESOLUTIONS,
} from '#resolutions';
import { type Actor, AuditChain, systemActor } from '#audit';
import { type AnyWorkflowDefinition, type WorkflowEvent, WorkflowRegistry } from '#workflow';
import {
  drivePath,
  type PathCase,
  type PathDriver,
  transitionPaths,
} from './support/machine-paths.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { WorkflowClient } from './support/workflow-client.js';

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

  describe('resolutions', () => {
    // One instant for every path: the day of filing and of publication must be "today" (D7, D15).
    const NOW = '2026-12-01T15:00:00Z';
    const TODAY = '2026-12-01';
    const ADDRESSEES = ['Constructora Los Andes S.A.C.', 'Inversiones Pampa Verde S.A.'];
    // Placeholder unit ids of the pure graph; the driver maps them to the demo users of those units.
    const ORIGIN = 'u-origin';
    const LEGAL = 'u-legal';
    const BUDGET = 'u-budget';
    const VISORS: Record<string, string> = {
      [ORIGIN]: 'mml.gdu',
      [LEGAL]: 'mml.juridica',
      [BUDGET]: 'mml.presupuesto',
    };

    const events: WorkflowEvent[] = [
      { type: 'EDIT', subject: 'Aprobar la ampliación de plazo N° 3 de la obra' },
      { type: 'SUBMIT' },
      { type: 'LEGAL_OPINION', favorable: true, reportRef: 'Informe N° 455-2026-MML/GAJ' },
      {
        type: 'LEGAL_OPINION',
        favorable: false,
        reportRef: 'Informe N° 456-2026-MML/GAJ',
        reasons: 'Falta el informe técnico de la supervisión.',
      },
      { type: 'RETURN', reason: 'Observación' },
      // The unit is what the pure machine needs to count visas; the engine takes the sender's.
      { type: 'VISA', unitId: ORIGIN },
      { type: 'VISA', unitId: LEGAL },
      { type: 'VISA', unitId: BUDGET },
      { type: 'SIGN' },
      // The position is what the pure machine needs; the engine finds it by the name.
      { type: 'NOTIFY', addressee: ADDRESSEES[0], channel: 'personal', addresseeIndex: 0 },
      { type: 'NOTIFY', addressee: ADDRESSEES[1], channel: 'email', addresseeIndex: 1 },
      { type: 'PUBLISH', gazette: 'Diario Oficial El Peruano', date: TODAY },
      { type: 'FILE_REMEDY', kind: 'reconsideracion', filedAt: TODAY },
      { type: 'FILE_REMEDY', kind: 'apelacion', filedAt: TODAY },
      { type: 'RESOLVE_REMEDY', outcome: 'fundado' },
      { type: 'RESOLVE_REMEDY', outcome: 'infundado' },
      { type: 'ANNUL', reason: 'Nulidad de oficio' },
      { type: 'RECTIFY' },
      { type: 'WITHDRAW', reason: 'Se atendió por otra vía' },
      { type: 'CONSENT' },
      { type: 'NEGATIVE_SILENCE' },
    ];

    /** An event with what tells it apart from another of its type. */
    const label = (event: WorkflowEvent): string => {
      switch (event.type) {
        case 'LEGAL_OPINION':
          return `LEGAL_OPINION(${event['favorable'] ? 'favorable' : 'desfavorable'})`;
        case 'VISA':
          return `VISA(${String(event['unitId']).slice(2)})`;
        case 'NOTIFY':
          return `NOTIFY(${String(event['addresseeIndex'])})`;
        case 'FILE_REMEDY':
          return `FILE_REMEDY(${String(event['kind'])})`;
        case 'RESOLVE_REMEDY':
          return `RESOLVE_REMEDY(${String(event['outcome'])})`;
        default:
          return event.type;
      }
    };
    const from = (p: PathCase) => p.states.at(-2) ?? 'draft';
    const last = (p: PathCase) => p.events.at(-1) as WorkflowEvent;
    const edge = (p: PathCase) => `${from(p)}:${last(p).type}:${p.states.at(-1) ?? ''}`;

    const content = (scope: 'particular' | 'general'): ResolutionContent => ({
      subject: 'Aprobar la ampliación de plazo de la obra del mercado de Chacra Cerro',
      scope,
      hasBudgetImpact: true,
      vistos: ['Informe N° 120-2026-MML/GDU'],
      considerandos: ['Que, el artículo 194 de la Constitución Política del Perú…'],
      articles: ['APROBAR la ampliación de plazo N° 2 de la obra.'],
      addressees:
        scope === 'particular'
          ? ADDRESSEES.map((name) => ({ name, documentId: null, email: null }))
          : [],
    });
    // The machine is pure: placeholder ids explore the same graph as the real ones.
    const sample = (scope: 'particular' | 'general'): ResolutionContext =>
      newResolutionContext(
        content(scope),
        {
          originUnitId: ORIGIN,
          legalUnitId: LEGAL,
          budgetUnitId: BUDGET,
          issuingUnitId: 'u-issuing',
          superiorUnitId: 'u-superior',
        },
        {
          legalOpinion: 7,
          correction: 10,
          visas: 3,
          signature: 3,
          notification: 5,
          remedyFiling: 15,
          remedyResolution: 30,
        },
        null,
      );
    // Visas still pending and addressees notified tell states apart: the last visa and the last
    // notification are edges of their own, reached only after the self-loops before them.
    const serialize = (snapshot: { value: unknown; context: unknown }) => {
      const c = snapshot.context as ResolutionContext;
      // The remedy in course and those resolved: an apelación after a reconsideración is a state of its own.
      const remedies = [c.remedy?.kind ?? '', ...c.remedies.map((r) => r.kind)].join(',');
      return `${String(snapshot.value)}|${c.pendingVisas.join(',')}|${c.notifications.length}|${remedies}`;
    };
    /** One path per edge (the first, i.e. shortest, found), told apart by the event's payload. */
    const onePerEdge = (paths: PathCase[], known = new Set<string>()) =>
      paths.filter((p) => {
        const key = `${from(p)}:${label(last(p))}:${p.states.at(-1) ?? ''}`;
        if (known.has(key)) return false;
        known.add(key);
        return true;
      });
    const seen = new Set<string>();
    const particular = onePerEdge(
      transitionPaths(resolutionMachine, sample('particular'), events, serialize),
      seen,
    );
    // General scope: only what differs, publication and what follows it (D15).
    const general = onePerEdge(
      transitionPaths(resolutionMachine, sample('general'), events, serialize),
      seen,
    );
    const cases: Array<[string, 'particular' | 'general', PathCase]> = [
      ...particular.map((p): [string, 'particular', PathCase] => [
        p.events.map(label).join(' → '),
        'particular',
        p,
      ]),
      ...general.map((p): [string, 'general', PathCase] => [
        `(general) ${p.events.map(label).join(' → ')}`,
        'general',
        p,
      ]),
    ];

    const drivers = new Map<'particular' | 'general', PathDriver>();
    let definition: AnyWorkflowDefinition;

    beforeAll(async () => {
      await new WorkflowClient(t).setClock(NOW);
      definition = t.app.get(WorkflowRegistry).current(RESOLUTIONS);
      const gdu = actor('mml.gdu');
      const creator = t.app.get(ResolutionCreator);
      const actorFor = (event: WorkflowEvent, before: { state: string; context: unknown }) => {
        const context = before.context as ResolutionContext;
        switch (event.type) {
          case 'EDIT':
          case 'SUBMIT':
          case 'WITHDRAW':
          case 'NOTIFY':
          case 'PUBLISH':
          case 'FILE_REMEDY':
          case 'RECTIFY':
            return gdu;
          case 'LEGAL_OPINION':
            return actor('mml.juridica');
          case 'VISA':
            return actor(VISORS[String(event['unitId'])] ?? '');
          case 'RETURN': {
            if (before.state === 'legal_review') return actor('mml.juridica');
            if (before.state === 'ready_to_sign') return actor('mml.gerente');
            // In visas: a unit whose visa is still pending.
            const visor = ['mml.gdu', 'mml.juridica', 'mml.presupuesto']
              .map(actor)
              .find((a) => a.unitId !== null && context.pendingVisas.includes(a.unitId));
            if (!visor) throw new Error('Ninguna unidad con visación pendiente');
            return visor;
          }
          case 'SIGN':
            return actor('mml.gerente');
          case 'RESOLVE_REMEDY':
            return actor(
              context.remedy?.resolverRole === 'ALCALDE' ? 'mml.alcalde' : 'mml.gerente',
            );
          case 'ANNUL':
            return actor('mml.alcalde');
          case 'CONSENT':
          case 'NEGATIVE_SILENCE':
            return systemActor(gdu.municipalityId);
          default:
            throw new Error(`Sin remitente para ${event.type}`);
        }
      };
      for (const scope of ['particular', 'general'] as const) {
        const context = await creator.contextFor(
          t.app.get(DataSource).manager,
          gdu.municipalityId,
          gdu.unitId ?? '',
          content(scope),
          null,
        );
        drivers.set(scope, {
          kind: RESOLUTIONS,
          definition,
          creator: gdu,
          context: { ...context },
          actorFor,
          // As over HTTP: the engine's prepare adds the sender's unit and the addressee's position.
          toEngine: ({ unitId: _unit, addresseeIndex: _index, ...event }) => event as WorkflowEvent,
        });
      }
    });

    it('covers every transition the machine declares', () => {
      const declared = new Set(
        Object.entries(resolutionMachine.root.states).flatMap(([state, node]) =>
          [...node.transitions.entries()].flatMap(([type, candidates]) =>
            candidates.map((c) => `${state}:${type}:${c.target?.[0]?.key ?? state}`),
          ),
        ),
      );
      const expected = [
        'draft:EDIT:draft',
        'draft:SUBMIT:legal_review',
        'draft:WITHDRAW:withdrawn',
        'legal_review:LEGAL_OPINION:visas',
        'legal_review:LEGAL_OPINION:observed',
        'legal_review:RETURN:observed',
        'legal_review:WITHDRAW:withdrawn',
        'observed:EDIT:observed',
        'observed:SUBMIT:legal_review',
        'observed:WITHDRAW:withdrawn',
        'visas:VISA:visas',
        'visas:VISA:ready_to_sign',
        'visas:RETURN:observed',
        'visas:WITHDRAW:withdrawn',
        'ready_to_sign:SIGN:signed',
        'ready_to_sign:RETURN:observed',
        'ready_to_sign:WITHDRAW:withdrawn',
        'signed:NOTIFY:signed',
        'signed:NOTIFY:notified',
        'signed:PUBLISH:published',
        'signed:RECTIFY:signed',
        'signed:ANNUL:annulled',
        'notified:FILE_REMEDY:under_remedy',
        'notified:CONSENT:firm',
        'notified:RECTIFY:notified',
        'notified:ANNUL:annulled',
        'published:FILE_REMEDY:under_remedy',
        'published:CONSENT:firm',
        'published:RECTIFY:published',
        'published:ANNUL:annulled',
        'under_remedy:RESOLVE_REMEDY:annulled',
        'under_remedy:RESOLVE_REMEDY:notified',
        'under_remedy:RESOLVE_REMEDY:published',
        'under_remedy:RESOLVE_REMEDY:firm',
        'under_remedy:NEGATIVE_SILENCE:under_remedy',
        'under_remedy:RECTIFY:under_remedy',
        'under_remedy:ANNUL:annulled',
        'firm:RECTIFY:firm',
        'firm:ANNUL:annulled',
      ].sort();
      expect([...declared].sort()).toEqual(expected);
      expect([...new Set(cases.map(([, , p]) => edge(p)))].sort()).toEqual(expected);
    });

    it.each(cases)('%s', async (_name, scope, path) => {
      const driver = drivers.get(scope);
      if (!driver) throw new Error(`sin conductor para ${scope}`);
      const before = await t.query<{ id: string }>(
        `SELECT id FROM workflow_instances WHERE kind = $1`,
        [RESOLUTIONS],
      );
      await drivePath(t, driver, path);
      const [instance] = await t.query<{ id: string; context: ResolutionContext }>(
        `SELECT id, context FROM workflow_instances WHERE kind = $1 AND id <> ALL($2::uuid[])
         AND context->>'rectifies' IS NULL`,
        [RESOLUTIONS, before.map((r) => r.id)],
      );
      if (!instance) throw new Error('no se creó la resolución');
      const { context } = instance;
      if (path.events.some((e) => e.type === 'SIGN'))
        expect(context.number).toMatch(/^RESOLUCIÓN DE GERENCIA MUNICIPAL N° \d{4}-2026-MML\/GMM$/);
      // RECTIFY creates, in the same transaction, a draft linked both ways (D8).
      if (last(path).type === 'RECTIFY') {
        const drafts = await t.query<{ id: string; state: string; context: ResolutionContext }>(
          `SELECT id, state, context FROM workflow_instances WHERE context->>'rectifies' = $1`,
          [instance.id],
        );
        expect(drafts).toHaveLength(1);
        const [draft] = drafts;
        expect(draft?.state).toBe('draft');
        expect(context.links).toEqual([
          expect.objectContaining({ type: 'rectificada_por', resolutionId: draft?.id }),
        ]);
        expect(draft?.context.links).toEqual([
          expect.objectContaining({ type: 'rectifica_a', resolutionId: instance.id }),
        ]);
        const audit = await t.query<{ type: string }>(
          `SELECT type FROM audit_events WHERE instance_id = $1`,
          [draft?.id],
        );
        expect(audit.map((a) => a.type)).toEqual(['CREATE']);
      }
    });

    it('leaves an intact audit chain and a gapless register', async () => {
      const municipalityId = actor('mml.gdu').municipalityId;
      await expect(t.app.get(AuditChain).verify(municipalityId)).resolves.toMatchObject({
        ok: true,
      });
      const [register] = await t.query<{ n: number; max: number }>(
        `SELECT count(*)::int AS n, max(sequence)::int AS max FROM register_entries WHERE municipality_id = $1`,
        [municipalityId],
      );
      expect(register?.max).toBe(register?.n);
    });
  });
});
