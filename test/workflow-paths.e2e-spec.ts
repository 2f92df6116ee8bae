import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MandateCreator, MANDATES, mandatesDefinition } from '#mandates';
import { loadMunicipalityProfiles } from '#org';
import { mandateEvents, sampleMandateContext } from '#mandates/testing';
import {
  type ResolutionContext,
  ResolutionCreator,
  resolutionMachine,
  RESOLUTIONS,
  resolutionsSectionOf,
} from '#resolutions';
import {
  BUDGET,
  eventLabel as label,
  LEGAL,
  ORIGIN,
  resolutionEvents,
  resolutionKey,
  sampleResolutionContent as content,
  sampleResolutionContext,
  type Scope,
} from '#resolutions/testing';
import { type Actor, AuditChain, systemActor } from '#audit';
import { type AnyWorkflowDefinition, type WorkflowEvent, WorkflowRegistry } from '#workflow';
import { declaredEdges, type PathCase, transitionPaths } from '#workflow/testing';
import { drivePath, type PathDriver } from './support/machine-paths.js';
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
    const paths = transitionPaths(
      mandatesDefinition.machine,
      sampleMandateContext(),
      mandateEvents,
    );

    it('covers every transition of the machine', () => {
      expect(paths.map((p) => p.edge).sort()).toEqual(
        declaredEdges(mandatesDefinition.machine).sort(),
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
    const VISORS: Record<string, string> = {
      [ORIGIN]: 'mml.gdu',
      [LEGAL]: 'mml.juridica',
      [BUDGET]: 'mml.presupuesto',
    };

    const from = (p: PathCase) => p.states.at(-2) ?? 'draft';
    const last = (p: PathCase) => p.events.at(-1) as WorkflowEvent;
    // The machine is pure: placeholder ids and the profile's terms explore the same graph as the real ones.
    const mml = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities')).find(
      (p) => p.code === 'mml',
    );
    const terms = mml && resolutionsSectionOf(mml).terms;
    if (!terms) throw new Error('sin plazos del perfil mml');
    const sample = (scope: Scope): ResolutionContext => sampleResolutionContext(scope, terms);
    /** One path per edge (the first, i.e. shortest, found), told apart by the event's payload and the candidate it takes. */
    const onePerEdge = (paths: PathCase[], known = new Set<string>()) =>
      paths.filter((p) => {
        const key = `${from(p)}:${label(last(p))}:${p.states.at(-1) ?? ''}:${p.edge}`;
        if (known.has(key)) return false;
        known.add(key);
        return true;
      });
    const seen = new Set<string>();
    const particular = onePerEdge(
      transitionPaths(
        resolutionMachine,
        sample('particular'),
        resolutionEvents(TODAY, 'particular'),
        resolutionKey,
      ),
      seen,
    );
    // General scope: only what differs, publication and what follows it (D15).
    const general = onePerEdge(
      transitionPaths(
        resolutionMachine,
        sample('general'),
        resolutionEvents(TODAY, 'general'),
        resolutionKey,
      ),
      seen,
    );
    const cases: Array<[string, Scope, PathCase]> = [
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

    const drivers = new Map<Scope, PathDriver>();
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
          case 'NOTIFY_DECISION':
          case 'RECTIFY':
          case 'SERVE_HEARING':
          case 'FILE_ARGUMENTS':
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
          case 'START_ANNULMENT':
          case 'START_REVOCATION':
          case 'ANNUL':
          case 'REVOKE':
          case 'DISMISS_REVIEW':
            return actor('mml.alcalde');
          case 'CONSENT':
          case 'NEGATIVE_SILENCE':
          case 'HEARING_LAPSED':
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
          // As over HTTP: the engine completes the sender's unit, the addressee's position, who
          // files from which window, the decision served, and the instant.
          toEngine: ({
            unitId: _unit,
            addresseeIndex: _index,
            party: _party,
            filerName: _filer,
            remedyIndex: _remedy,
            at: _at,
            ...event
          }) => event as WorkflowEvent,
        });
      }
    });

    // The unit tier (resolution.machine.spec.ts) names each edge and what it does; here, each goes through the engine.
    it('covers every transition the machine declares', () => {
      expect([...new Set(cases.map(([, , p]) => p.edge))].sort()).toEqual(
        declaredEdges(resolutionMachine).sort(),
      );
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
