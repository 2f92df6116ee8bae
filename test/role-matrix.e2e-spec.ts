import { readdirSync, rmSync } from 'node:fs';
import pg from 'pg';
import type { Response } from 'superagent';
import { AuditSealer } from '#audit';
import { mandateEvents } from '#mandates/testing';
import {
  ADMIN_REFUSAL,
  ADMINISTRATION,
  administrationAllows,
  type PostKey,
  ROLE_MATRIX_POSTS,
  roleMatrix,
  type RoleMatrixCase,
  type RoleMatrixPost,
  type RoleMatrixRow,
  type RoleMatrixTable,
} from '../libs/kinds/src/role-matrix.js';
import {
  budgetModificationBody,
  profilesDelegatingTransfers,
  supplementaryCreditBody,
} from './support/budget-modifications.js';
import {
  convenioBody,
  type ConvenioPathState,
  type ConvenioResource,
  driveConvenio,
  favourableOpinion,
} from './support/convenios.js';
import { limaDate, resolutionBody } from './support/resolutions.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from './support/test-app.js';
import { type Resource, WorkflowClient } from './support/workflow-client.js';

/**
 * Issue 11: every column of docs/roles.md, as a real user of each seeded municipality, tries every
 * row of the matrix over HTTP, in the state where it applies. What the matrix allows answers 2xx;
 * what it refuses answers its documented 4xx and writes nothing; another municipality's file is 404.
 * The expectations are `roleMatrix()` and `ADMINISTRATION`, the same data docs/roles.md is made of.
 * Megantoni's Gerente approves budget transfers by delegation here, as Lima's does (its shipped
 * profile delegates nothing): the delegation is profile data, and every column is tried on both.
 */

const STRONG = 'quena antigua junto al lago sereno';
const NOW = '2026-12-01T15:00:00Z';
const PDF = Buffer.from(
  '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n',
  'latin1',
);
const PROBLEM = /^application\/problem\+json/;
/**
 * Fiscal years the budget-reviews table seeds its documents from: within both profiles' range, and
 * late enough that no deadline, reminder or escalation falls due at NOW (it would write meanwhile).
 */
const REVIEW_YEARS = [2028, 2029, 2030];

/** A document of the management calendar, as seeding returns it. */
interface CalendarEntry {
  readonly id: string;
  readonly state: string;
  readonly authority: 'concejo' | 'alcalde';
  readonly responsibleUnitId: string;
  readonly dueOn: string | null;
  readonly phases: readonly unknown[];
}

/** A management document's event, with a valid payload. */
function reviewEvent(type: string): object {
  const payloads: Record<string, object> = {
    SUBMIT: { documentRef: 'Informe N° 012-2026-GPP' },
    OBSERVE: { observations: 'Falta el anexo de ingresos por fuente.', termBusinessDays: 5 },
    ACCEPT: { reportRef: 'Informe Técnico N° 030-2026-GPP' },
    CONFORMITY: { memoRef: 'Memorando N° 101-2026-GM' },
    SEND_TO_COUNCIL: { memoRef: 'Memorando N° 047-2026-ALC' },
    APPROVE_BY_RESOLUTION: { resolutionNumber: 'Resolución de Alcaldía N° 130-2026' },
    PUBLISH: { gazette: 'Diario Oficial El Peruano', publishedOn: '2026-12-01' },
    COUNCIL_APPROVED: { agreementNumber: 'ACUERDO DE CONCEJO N° 048-2026' },
  };
  const payload = payloads[type];
  if (!payload) throw new Error(`documento de gestión sin evento ${type}`);
  return { type, ...payload };
}

interface Person {
  readonly username: string;
  readonly id: string;
  readonly unitId: string;
  readonly unitKind: string;
  readonly roles: readonly string[];
  readonly demo: boolean;
  token: string;
}

interface Town {
  readonly code: string;
  /** The people of each column (at least one). */
  readonly people: Record<PostKey, Person[]>;
}

type Outcome =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly status: number; readonly code: string | null };

const NOT_FOUND: Outcome = { allowed: false, status: 404, code: 'NOT_FOUND' };

/** What a column gets for a row of a kind's matrix: 2xx, or the refusal the matrix documents. */
function outcomeOf(row: RoleMatrixRow, situation: RoleMatrixCase, post: RoleMatrixPost): Outcome {
  if (row.allowed[post.key]) return { allowed: true };
  if (post.key === 'admin') return { allowed: false, ...ADMIN_REFUSAL };
  return situation.refusal
    ? { allowed: false, ...situation.refusal }
    : { allowed: false, status: 403, code: null };
}

/** Tables whose rows the worker or the session store change after the fact: compared by count, or not at all. */
const ASYNC_TABLES: Record<string, string | null> = {
  notifications: null,
  login_failures: null,
  outbox: 'count(*)::text',
  deadline_timers: 'count(*)::text',
  system_pings: 'count(*)::text',
  idempotency_keys: 'count(*)::text',
  sessions: `count(*) || '/' || count(revoked_at)`,
};

/** Maps `items` with at most `limit` calls running at a time, keeping the order. */
async function inParallel<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  limit = 6,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

describe('Role × operation matrix over HTTP: every column of docs/roles.md in both municipalities', () => {
  let t: TestApp;
  let profilesDir = '';
  const towns: Town[] = [];
  let fingerprintSql = '';
  let probe: pg.Client;
  let today = '';
  const violations: string[] = [];
  const tried = { workflow: 0, crossTenant: 0, allowedEvents: 0, administration: 0 };
  const passwords = new Map<string, string>();
  const started = Date.now();

  type Method = 'get' | 'post' | 'patch' | 'delete';
  const call = (person: Person, method: Method, path: string, body?: object) => {
    const request = t.http[method](path).set('authorization', `Bearer ${person.token}`);
    return body === undefined ? request : request.send(body);
  };

  /** Every table of the database, as one value per table: a refusal must leave all equal. */
  const fingerprint = async (): Promise<Record<string, string>> => {
    // A prepared statement on a connection of its own: planned once, never queued behind the app.
    const result = await probe.query<{ f: Record<string, string> }>({
      name: 'huella',
      text: fingerprintSql,
    });
    const [row] = result.rows;
    if (!row) throw new Error('sin huella');
    return row.f;
  };
  /**
   * The fingerprint once every committed audit event is sealed: the sequencer then has nothing to
   * change while the refusal is tried (it seals after commit what earlier requests wrote).
   */
  const sealedFingerprint = async (): Promise<Record<string, string>> => {
    await t.app.get(AuditSealer).seal();
    return fingerprint();
  };
  const changed = (before: Record<string, string>, after: Record<string, string>) =>
    Object.keys(before).filter((table) => before[table] !== after[table]);

  /** The database after the last refusal: the next one starts from it, unless something was allowed since. */
  let settled: Record<string, string> | null = null;

  /** One (user, operation) pair: the answer against the matrix, and nothing written on a refusal. */
  async function attempt(
    label: string,
    expected: Outcome,
    send: () => PromiseLike<Response>,
    /** A read (GET): nothing to compare, and it may run beside other reads. */
    read = false,
  ): Promise<Response> {
    const before = expected.allowed || read ? null : (settled ?? (await sealedFingerprint()));
    if (!read) settled = null;
    const response = await send();
    const body = response.body as { status?: number; code?: string };
    if (expected.allowed) {
      if (response.status < 200 || response.status >= 300)
        violations.push(
          `${label}: permitido por la matriz, respondió ${response.status} ${response.text.slice(0, 300)}`,
        );
      return response;
    }
    if (
      response.status !== expected.status ||
      !PROBLEM.test(String(response.headers['content-type'])) ||
      body.status !== expected.status ||
      (expected.code !== null && body.code !== expected.code)
    )
      violations.push(
        `${label}: se esperaba ${expected.status} ${expected.code ?? ''}, respondió ${response.status} ${response.text.slice(0, 300)}`,
      );
    if (before) {
      const after = await fingerprint();
      const written = changed(before, after);
      if (written.length > 0)
        violations.push(`${label}: negado, pero escribió en ${written.join(', ')}`);
      settled = after;
    }
    return response;
  }

  const one = (town: Town, key: PostKey): Person => {
    const person = town.people[key][0];
    if (!person) throw new Error(`${town.code}: nadie en la columna ${key}`);
    return person;
  };
  const everyone = (town: Town) =>
    ROLE_MATRIX_POSTS.flatMap((post) => town.people[post.key].map((person) => ({ post, person })));

  /** A step that must succeed while an instance is driven to a state. */
  async function sendAs(person: Person, kind: string, id: string, event: object) {
    const response = await call(person, 'post', `/api/v1/${kind}/${id}/events`, event);
    if (response.status !== 200)
      throw new Error(
        `${person.username} ${JSON.stringify(event)}: ${response.status} ${response.text}`,
      );
    return response.body as Resource;
  }
  const sendOk = (town: Town, key: PostKey, kind: string, id: string, event: object) =>
    sendAs(one(town, key), kind, id, event);
  async function createOk(person: Person, kind: string, body: object) {
    const response = await call(person, 'post', `/api/v1/${kind}`, body);
    if (response.status !== 201)
      throw new Error(`crear ${kind} (${person.username}): ${response.status} ${response.text}`);
    return response.body as Resource;
  }

  const originUnit = (town: Town) => one(town, 'gerencia_origen').unitId;
  const mandateBody = (town: Town) => ({
    title: 'Informe de avance de obras',
    instructions: 'Consolidar el avance físico y financiero de las obras de pistas y veredas.',
    source: 'reunion',
    responsibleUnitId: originUnit(town),
    term: { days: 5, unit: 'business' },
  });
  const generalBody = () =>
    resolutionBody({
      subject: 'Aprobar la directiva de atención al ciudadano',
      scope: 'general',
      addressees: [],
    });

  const RESOLUTION_PATH = [
    'draft',
    'legal_review',
    'visas',
    'ready_to_sign',
    'signed',
    'notified',
    'under_remedy',
    'firm',
    'under_review',
  ];

  /**
   * A new resolution of the origin gerencia, driven by the columns the matrix allows to the case's
   * state: SUBMIT, a favourable opinion, three visas, SIGN, NOTIFY (served now), FILE_REMEDY by the
   * addressee, and (firm) the Alcalde's rejection of an apelación; or, for a decision still to be
   * served, a reconsideración the Gerente rejects.
   */
  async function resolutionIn(town: Town, situation: RoleMatrixCase): Promise<Resource> {
    const target = situation.state ?? 'draft';
    if (!RESOLUTION_PATH.includes(target)) throw new Error(`sin camino a ${target}`);
    // A review (D9) is opened on the act just notified or published, not after remedies.
    const end = situation.review ? 'notified' : target;
    const reach = (state: string) => RESOLUTION_PATH.indexOf(end) >= RESOLUTION_PATH.indexOf(state);
    const kind = 'resolutions';
    let r = await createOk(
      one(town, 'gerencia_origen'),
      kind,
      situation.scope === 'general' ? generalBody() : resolutionBody(),
    );
    const step = async (key: PostKey, event: object) => {
      r = await sendOk(town, key, kind, r.id, event);
    };
    if (reach('legal_review')) await step('gerencia_origen', { type: 'SUBMIT' });
    if (reach('visas'))
      await step('asesoria_juridica', {
        type: 'LEGAL_OPINION',
        favorable: true,
        reportRef: 'Informe N° 455-2026/OAJ',
      });
    if (reach('ready_to_sign'))
      for (const key of [
        'gerencia_origen',
        'asesoria_juridica',
        'planeamiento_presupuesto',
      ] as const)
        await step(key, { type: 'VISA' });
    if (reach('signed')) await step('gerencia_municipal', { type: 'SIGN' });
    const addressees = r['addressees'] as Array<{ name: string }>;
    if (reach('notified'))
      for (const addressee of addressees)
        await step('gerencia_origen', {
          type: 'NOTIFY',
          addressee: addressee.name,
          channel: 'personal',
          servedAt: NOW,
        });
    if (reach('notified') && situation.scope === 'general')
      await step('gerencia_origen', {
        type: 'PUBLISH',
        gazette: 'Diario Oficial El Peruano',
        date: limaDate(NOW),
      });
    if (situation.review) {
      await step(
        'alcaldia',
        situation.review === 'nulidad'
          ? {
              type: 'START_ANNULMENT',
              reason: 'Vicio de nulidad advertido por el OCI.',
              grounds: 'Art. 10.2 TUO Ley 27444: se omitió el informe técnico.',
            }
          : {
              type: 'START_REVOCATION',
              reason: 'Desapareció la condición de la licencia.',
              cause: '214.1.2',
              grounds: 'Oficio N° 033-2026-SBN.',
            },
      );
      if (situation.hearing === 'served')
        await step('gerencia_origen', {
          type: 'SERVE_HEARING',
          addressee: addressees[0]?.name ?? '',
          channel: 'personal',
          servedAt: NOW,
        });
    }
    const filedBy = addressees[0]?.name ?? '';
    if (situation.decided) {
      await step('gerencia_origen', {
        type: 'FILE_REMEDY',
        kind: situation.decided,
        filedAt: NOW,
        filedBy,
      });
      await step('gerencia_municipal', { type: 'RESOLVE_REMEDY', outcome: 'infundado' });
    }
    if (reach('under_remedy'))
      await step('gerencia_origen', {
        type: 'FILE_REMEDY',
        kind: target === 'firm' ? 'apelacion' : (situation.remedy ?? 'reconsideracion'),
        filedAt: NOW,
        filedBy,
      });
    if (reach('firm')) await step('alcaldia', { type: 'RESOLVE_REMEDY', outcome: 'infundado' });
    if (r.state !== target) throw new Error(`la resolución quedó en ${r.state}, no en ${target}`);
    return r;
  }

  /** A new mandate of the Gerencia Municipal to the origin gerencia, submitted for review if asked. */
  async function mandateIn(town: Town, situation: RoleMatrixCase): Promise<Resource> {
    let m = await createOk(one(town, 'gerencia_municipal'), 'mandates', mandateBody(town));
    if (situation.state === 'review')
      m = await sendOk(town, 'gerencia_origen', 'mandates', m.id, {
        type: 'SUBMIT',
        evidence: 'Informe N° 1',
      });
    if (m.state !== (situation.state ?? 'open'))
      throw new Error(`el encargo quedó en ${m.state}, no en ${situation.state}`);
    return m;
  }

  /** The demo users' suffixes the convenio driver names, as columns. */
  const CONVENIO_STEPS: Record<string, PostKey> = {
    gdu: 'gerencia_origen',
    presupuesto: 'planeamiento_presupuesto',
    juridica: 'asesoria_juridica',
    gerente: 'gerencia_municipal',
    alcalde: 'alcaldia',
    secretaria: 'secretaria_general',
  };

  /** A new convenio of the origin gerencia (with money: through OPP), along the Concejo path. */
  async function convenioIn(town: Town, situation: RoleMatrixCase): Promise<Resource> {
    const target = situation.state ?? 'draft';
    const created = (await createOk(
      one(town, 'gerencia_origen'),
      'convenios',
      convenioBody(),
    )) as ConvenioResource;
    const reached = await driveConvenio(created, target as ConvenioPathState, {
      send: async (suffix, event) =>
        (await sendOk(
          town,
          CONVENIO_STEPS[suffix] ?? 'admin',
          'convenios',
          created.id,
          event,
        )) as ConvenioResource,
    });
    return reached;
  }

  /**
   * A new budget modification of the origin gerencia: a transfer the Gerente approves by
   * delegation, or (`delegated: false`) a crédito suplementario he elevates to the Alcalde.
   */
  async function budgetModificationIn(town: Town, situation: RoleMatrixCase): Promise<Resource> {
    const kind = 'budget-modifications';
    const target = situation.state ?? 'draft';
    const path = ['draft', 'opp_report', 'manager_decision', 'mayor_decision'];
    if (!path.includes(target)) throw new Error(`sin camino a ${target}`);
    const reach = (state: string) => path.indexOf(target) >= path.indexOf(state);
    let m = await createOk(
      one(town, 'gerencia_origen'),
      kind,
      situation.delegated === false ? supplementaryCreditBody() : budgetModificationBody(),
    );
    if (reach('opp_report'))
      m = await sendOk(town, 'gerencia_origen', kind, m.id, { type: 'SUBMIT' });
    if (reach('manager_decision'))
      m = await sendOk(town, 'planeamiento_presupuesto', kind, m.id, {
        type: 'TECHNICAL_REPORT',
        favorable: true,
        reportRef: 'Informe Técnico N° 045-2026-GPP',
      });
    if (reach('mayor_decision'))
      m = await sendOk(town, 'gerencia_municipal', kind, m.id, { type: 'ELEVATE' });
    if (m.state !== target) throw new Error(`la solicitud quedó en ${m.state}, no en ${target}`);
    return m;
  }

  /** Seeded management documents of Planeamiento y Presupuesto not yet used by a case. */
  const reviewPools = new Map<string, Promise<CalendarEntry[]>>();
  function reviewPool(town: Town): Promise<CalendarEntry[]> {
    const found = reviewPools.get(town.code);
    if (found) return found;
    const pool = (async () => {
      const entries: CalendarEntry[] = [];
      for (const year of REVIEW_YEARS) {
        const seeded = await call(
          one(town, 'admin'),
          'post',
          `/api/v1/budget/calendar/${year}/seed`,
        );
        if (seeded.status !== 200)
          throw new Error(`sembrar ${year} en ${town.code}: ${seeded.status} ${seeded.text}`);
        const unit = one(town, 'planeamiento_presupuesto').unitId;
        entries.push(
          ...(seeded.body as { items: CalendarEntry[] }).items.filter(
            // Without phases: a case's document is presented as soon as it is taken.
            (i) =>
              i.responsibleUnitId === unit &&
              i.state === 'preparing' &&
              i.dueOn !== null &&
              i.phases.length === 0,
          ),
        );
      }
      return entries;
    })();
    reviewPools.set(town.code, pool);
    return pool;
  }

  /**
   * A seeded document of Planeamiento y Presupuesto (one the Concejo approves, or the Alcalde by
   * resolution), taken through its review to the case's state.
   */
  async function budgetReviewIn(
    town: Town,
    situation: RoleMatrixCase,
    /** Which of the case's instances: the one of the i-th allowed person. */
    nth: number,
  ): Promise<Resource> {
    const kind = 'budget-reviews';
    const authority = situation.authority ?? 'alcalde';
    const pool = await reviewPool(town);
    const index = pool.findIndex((entry) => entry.authority === authority);
    const [entry] = index < 0 ? [] : pool.splice(index, 1);
    if (!entry) throw new Error(`${town.code}: sin documentos (${authority}) por usar`);
    const target = situation.state ?? 'preparing';
    const path = [
      'preparing',
      'opp_review',
      'management_review',
      'mayor_review',
      authority === 'concejo' ? 'awaiting_council' : 'approved',
    ];
    if (!path.includes(target)) throw new Error(`sin camino a ${target}`);
    const reach = (state: string) =>
      path.includes(state) && path.indexOf(target) >= path.indexOf(state);
    const read = await call(
      one(town, 'planeamiento_presupuesto'),
      'get',
      `/api/v1/${kind}/${entry.id}`,
    );
    let r = read.body as Resource;
    if (reach('opp_review')) {
      // Presented by another person of the office than the one the case tries on it (the i-th of
      // the column): nobody reviews a version of their own (OWN_SUBMISSION).
      const office = town.people.planeamiento_presupuesto;
      const presenter = office[(nth + 1) % office.length];
      if (!presenter || office.length < 2)
        throw new Error(`${town.code}: Planeamiento y Presupuesto necesita dos personas`);
      r = await sendAs(presenter, kind, r.id, reviewEvent('SUBMIT'));
    }
    if (reach('management_review'))
      r = await sendOk(town, 'planeamiento_presupuesto', kind, r.id, reviewEvent('ACCEPT'));
    if (reach('mayor_review'))
      r = await sendOk(town, 'gerencia_municipal', kind, r.id, reviewEvent('CONFORMITY'));
    if (reach('awaiting_council'))
      r = await sendOk(town, 'alcaldia', kind, r.id, reviewEvent('SEND_TO_COUNCIL'));
    if (reach('approved'))
      r = await sendOk(town, 'alcaldia', kind, r.id, reviewEvent('APPROVE_BY_RESOLUTION'));
    if (r.state !== target) throw new Error(`el documento quedó en ${r.state}, no en ${target}`);
    return r;
  }

  /** Who presented a management document's version under review (none for the other kinds). */
  const presenterOf = (kind: RoleMatrixTable['kind'], instance: Resource): string | null =>
    kind === 'budget-reviews'
      ? ((instance['versions'] as { submittedBy: string | null }[]).at(-1)?.submittedBy ?? null)
      : null;

  /** The event a client sends, with a valid payload. */
  function eventOf(
    kind: RoleMatrixTable['kind'],
    type: string,
    instance: Resource,
    situation?: RoleMatrixCase,
  ): object {
    if (kind === 'convenios') {
      const c = instance as ConvenioResource;
      const payloads: Record<string, object> = {
        EDIT: { object: 'Cooperación para capacitar al personal de fiscalización (versión 2)' },
        SUBMIT: {},
        WITHDRAW: { reason: 'La contraparte desistió' },
        CERTIFY_BUDGET: { certificateRef: 'Certificación de Crédito Presupuestario N° 1235' },
        RETURN: { reason: 'Falta el informe técnico de la unidad.' },
        LEGAL_OPINION: favourableOpinion(c),
        CONFORMITY: { memoRef: 'Memorando N° 211-2026-GM' },
        SEND_TO_COUNCIL: { memoRef: 'Memorando N° 046-2026-ALC' },
        COUNCIL_APPROVED: {
          agreementNumber: 'ACUERDO DE CONCEJO N° 046-2026',
          authorisesAddenda: false,
        },
        COUNCIL_REJECTED: {
          agreementNumber: 'ACUERDO DE CONCEJO N° 047-2026',
          reason: 'No alcanzó la mayoría.',
        },
        SIGN: {},
        REPORT_OBLIGATION: { key: c.dues[0]?.key ?? '', evidence: 'Informe N° 1-2027-UNI' },
        ADDENDUM: { object: 'Incorporar un segundo programa de capacitación' },
        MUTUAL_TERMINATION: { reason: 'Objeto cumplido', instrument: 'Acta de resolución' },
        TERMINATION_FOR_BREACH: {
          party: 'contraparte',
          reason: 'No presentó los informes',
          instrument: 'Carta Notarial N° 15',
        },
        FREE_EXIT: { party: 'municipalidad', instrument: 'Carta N° 31-2026', noticeOn: today },
      };
      const payload = payloads[type];
      if (!payload) throw new Error(`convenio sin evento ${type}`);
      return { type, ...payload, ...situation?.payload };
    }
    if (kind === 'budget-modifications') {
      const payloads: Record<string, object> = {
        SUBMIT: {},
        WITHDRAW: { reason: 'La necesidad se cubrió con el saldo de la meta.' },
        TECHNICAL_REPORT: { favorable: true, reportRef: 'Informe Técnico N° 046-2026-GPP' },
        APPROVE: {},
        ELEVATE: { memoRef: 'Memorando N° 210-2026-GM' },
        APPROVE_BY_MAYOR: { resolutionRef: 'Resolución de Alcaldía N° 120-2026' },
        REJECT: { reason: 'No hay saldo de libre disponibilidad en la fuente.' },
      };
      const payload = payloads[type];
      if (!payload) throw new Error(`modificación presupuestaria sin evento ${type}`);
      return { type, ...payload };
    }
    if (kind === 'budget-reviews') return reviewEvent(type);
    if (kind === 'mandates') {
      const event = mandateEvents.find((e) => e.type === type);
      if (!event) throw new Error(`encargo sin evento ${type}`);
      return event;
    }
    const addressees = instance['addressees'] as Array<{ name: string }>;
    const payloads: Record<string, object> = {
      EDIT: { subject: 'Aprobar la ampliación de plazo N° 3 de la obra del mercado' },
      SUBMIT: {},
      WITHDRAW: { reason: 'Se atendió por otra vía' },
      LEGAL_OPINION: { favorable: true, reportRef: 'Informe N° 456-2026/OAJ' },
      RETURN: { reason: 'Falta el informe técnico de la supervisión.' },
      VISA: {},
      SIGN: {},
      NOTIFY: { addressee: addressees[0]?.name ?? '', channel: 'personal', servedAt: NOW },
      PUBLISH: { gazette: 'Diario Oficial El Peruano', date: today },
      FILE_REMEDY: {
        kind: 'reconsideracion',
        filedAt: NOW,
        filedBy: addressees[0]?.name ?? '',
      },
      RESOLVE_REMEDY: { outcome: 'infundado' },
      NOTIFY_DECISION: { channel: 'personal', servedAt: NOW },
      START_ANNULMENT: {
        reason: 'Vicio de nulidad advertido por el OCI.',
        grounds: 'Art. 10.2 TUO Ley 27444: se omitió el informe técnico.',
      },
      START_REVOCATION: {
        reason: 'Desapareció la condición de la licencia.',
        cause: '214.1.2',
        grounds: 'Oficio N° 033-2026-SBN.',
      },
      SERVE_HEARING: { addressee: addressees[0]?.name ?? '', channel: 'personal', servedAt: NOW },
      FILE_ARGUMENTS: {
        filedBy: addressees[0]?.name ?? '',
        filedAt: NOW,
        summary: 'Sostiene que el informe técnico obra en el expediente.',
      },
      ANNUL: {
        reason: 'Vicio de nulidad advertido por el OCI.',
        instrument: 'Resolución de Alcaldía N° 120-2026-MML',
      },
      REVOKE: {
        reason: 'Desapareció la condición de la licencia.',
        instrument: 'Resolución de Alcaldía N° 121-2026-MML',
      },
      DISMISS_REVIEW: {
        reason: 'Los descargos acreditan el informe técnico.',
        instrument: 'Resolución de Alcaldía N° 122-2026-MML',
      },
      RECTIFY: {},
    };
    const payload = payloads[type];
    if (!payload) throw new Error(`resolución sin evento ${type}`);
    return { type, ...payload };
  }

  /** The operation of a case, on an instance (none for a creation). */
  function operate(
    table: RoleMatrixTable,
    situation: RoleMatrixCase,
    town: Town,
    person: Person,
    instance: Resource | null,
  ): PromiseLike<Response> {
    const kind = table.kind;
    if (situation.operation === 'create')
      return call(
        person,
        'post',
        `/api/v1/${kind}`,
        kind === 'resolutions'
          ? resolutionBody()
          : kind === 'convenios'
            ? convenioBody()
            : kind === 'budget-modifications'
              ? budgetModificationBody()
              : mandateBody(town),
      );
    if (!instance) throw new Error('falta el expediente');
    if (situation.operation === 'attach')
      return t.http
        .post(`/api/v1/${kind}/${instance.id}/attachments`)
        .set('authorization', `Bearer ${person.token}`)
        .field('kind', 'informe')
        .attach('file', PDF, 'informe.pdf');
    return call(
      person,
      'post',
      `/api/v1/${kind}/${instance.id}/events`,
      eventOf(kind, situation.event ?? '', instance, situation),
    );
  }

  /** The instances a case needs: none to create, one shared by all, or one per allowed column. */
  async function instancesFor(
    table: RoleMatrixTable,
    row: RoleMatrixRow,
    situation: RoleMatrixCase,
    town: Town,
  ): Promise<Resource[]> {
    if (situation.operation === 'create') return [];
    const allowed = everyone(town).filter((p) => row.allowed[p.post.key]).length;
    const count = situation.operation === 'event' ? Math.max(1, allowed) : 1;
    // The i-th instance is the i-th allowed person's.
    const build = (i: number) =>
      table.kind === 'resolutions'
        ? resolutionIn(town, situation)
        : table.kind === 'convenios'
          ? convenioIn(town, situation)
          : table.kind === 'budget-modifications'
            ? budgetModificationIn(town, situation)
            : table.kind === 'budget-reviews'
              ? budgetReviewIn(town, situation, i)
              : mandateIn(town, situation);
    const built: Resource[] = [];
    for (let i = 0; i < count; i++) built.push(await build(i));
    return built;
  }

  /**
   * One case of a row in one municipality: what GET offers each column, the refused columns on one
   * instance (a refusal writes nothing, so they share it), users of the other municipality on it
   * (404), then each allowed column on an instance of its own (an allowed event moves it).
   */
  async function tryCase(
    table: RoleMatrixTable,
    row: RoleMatrixRow,
    situation: RoleMatrixCase,
    town: Town,
    other: Town,
    instances: readonly (Resource | null)[],
  ): Promise<void> {
    const label = (who: Person) =>
      `${table.kind} «${row.operation}» ${situation.event ?? situation.operation}${situation.state ? ` en ${situation.state}` : ''} por ${who.username}`;
    const people = everyone(town);
    const allowed = people.filter((p) => row.allowed[p.post.key]);
    const refused = people.filter((p) => !row.allowed[p.post.key]);
    const shareable = situation.operation !== 'event';
    const shared = instances[0] ?? null;

    if (shared && situation.event) {
      // What GET says the caller may send now is the same matrix (reads: all at once).
      const event = situation.event;
      // Whoever presented the version under review is offered no review of it (OWN_SUBMISSION).
      const presented = presenterOf(table.kind, shared);
      await Promise.all(
        people.map(async ({ post, person }) => {
          const read = await call(person, 'get', `/api/v1/${table.kind}/${shared.id}`);
          const offered = ((read.body as Resource).allowedEvents ?? []).includes(event);
          tried.allowedEvents++;
          if (read.status !== 200 || offered !== (row.allowed[post.key] && person.id !== presented))
            violations.push(
              `${label(person)}: allowedEvents ${offered ? 'lo ofrece' : 'no lo ofrece'} (${read.status}), la matriz dice ${row.allowed[post.key] ? '✔' : '—'}`,
            );
        }),
      );
    }
    for (const { post, person } of refused) {
      await attempt(label(person), outcomeOf(row, situation, post), () =>
        operate(table, situation, town, person, shared),
      );
      tried.workflow++;
    }
    // Another municipality: those its matrix would let do it, one it would refuse, and its ADMIN.
    const foreign = everyone(other);
    const refusedThere = foreign.filter((p) => !row.allowed[p.post.key] && p.post.key !== 'admin');
    const outsiders = [
      ...foreign.filter((p) => row.allowed[p.post.key]),
      ...refusedThere.slice(0, 1),
      ...foreign.filter((p) => p.post.key === 'admin'),
    ];
    if (shared)
      for (const { person } of outsiders) {
        await attempt(`${label(person)} (expediente de ${town.code})`, NOT_FOUND, () =>
          operate(table, situation, other, person, shared),
        );
        tried.crossTenant++;
      }
    for (const [index, { post, person }] of allowed.entries()) {
      const instance = shareable ? shared : (instances[index] ?? null);
      const response = await attempt(label(person), outcomeOf(row, situation, post), () =>
        operate(table, situation, town, person, instance),
      );
      tried.workflow++;
      if (situation.operation === 'event' && instance && response.status === 200) {
        const after = response.body as Resource;
        if (after.version !== instance.version + 1)
          violations.push(
            `${label(person)}: la versión pasó de ${instance.version} a ${after.version}`,
          );
      }
    }
  }

  beforeAll(async () => {
    // No periodic checkpoint in the middle of a refusal: the fingerprint covers every table.
    profilesDir = profilesDelegatingTransfers(['megantoni']);
    t = await startTestApp({
      CLOCK: 'manual',
      TIMER_SWEEP_MS: '0',
      AUDIT_CHECKPOINT_MINUTES: '1440',
      MUNICIPALITIES_DIR: profilesDir,
    });
    const profiles = readdirSync(new URL('../config/municipalities/', import.meta.url)).filter(
      (f) => /\.ya?ml$/.test(f),
    );
    const codes = (
      await t.query<{ code: string }>(`SELECT code FROM municipalities ORDER BY code`)
    ).map((m) => m.code);
    expect(codes).toHaveLength(profiles.length);
    expect(codes.length).toBeGreaterThanOrEqual(2);

    const tables = (
      await t.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
      )
    ).map((r) => r.name);
    // Any committed insert, update or delete changes a table's row count or its newest xmin.
    const parts = tables
      .filter((name) => ASYNC_TABLES[name] !== null)
      .map((name) => {
        const value =
          ASYNC_TABLES[name] ?? `count(*) || '/' || coalesce(max(xmin::text::bigint), 0)`;
        return `'${name}', (SELECT ${value} FROM ${name})`;
      });
    fingerprintSql = `SELECT json_build_object(${parts.join(', ')}) AS f`;
    probe = new pg.Client({ connectionString: t.databaseUrl });
    await probe.connect();

    const rows = await t.query<{
      municipality: string;
      username: string;
      id: string;
      roles: string[];
      demo: boolean;
      unit_id: string;
      unit_kind: string;
    }>(
      `SELECT m.code AS municipality, u.username, u.id, u.roles, u.demo, n.id AS unit_id, n.kind AS unit_kind
         FROM users u JOIN municipalities m ON m.id = u.municipality_id JOIN units n ON n.id = u.unit_id
        WHERE u.active ORDER BY u.username`,
    );
    const unitRows = await t.query<{
      municipality: string;
      id: string;
      code: string;
      kind: string;
    }>(
      `SELECT m.code AS municipality, n.id, n.code, n.kind FROM units n
         JOIN municipalities m ON m.id = n.municipality_id ORDER BY n.code`,
    );

    // The manual clock first (one for the whole installation): every token is issued after it.
    const firstAdmin = rows.find((r) => r.roles.includes('ADMIN'));
    if (!firstAdmin) throw new Error('sin ADMIN');
    const clock = await t.http
      .post('/api/v1/admin/clock')
      .auth(await t.login(firstAdmin.username), { type: 'bearer' })
      .send({ now: NOW });
    expect(clock.status).toBe(200);
    today = limaDate(NOW);

    for (const code of codes) {
      const units = unitRows.filter((u) => u.municipality === code);
      const users: Person[] = rows
        .filter((r) => r.municipality === code)
        .map((r) => ({
          username: r.username,
          id: r.id,
          unitId: r.unit_id,
          unitKind: r.unit_kind,
          roles: r.roles,
          demo: r.demo,
          token: '',
        }));
      const admin = users.find((u) => u.roles.includes('ADMIN'));
      if (!admin) throw new Error(`${code}: sin ADMIN`);
      admin.token = await t.login(admin.username);
      const gerencias = users.filter(
        (u) => u.roles.includes('GERENCIA') && u.unitKind === 'gerencia_linea',
      );
      const origin = gerencias[0]?.unitId;
      const fits = (post: RoleMatrixPost, u: Person) =>
        u.roles.includes(post.role) &&
        (post.unitKind === null || u.unitKind === post.unitKind) &&
        (post.gerencia === undefined || (post.gerencia === 'origin') === (u.unitId === origin));

      // A column nobody holds in the seeds (the Regidor) gets a user made by the municipality's ADMIN.
      for (const post of ROLE_MATRIX_POSTS) {
        if (users.some((u) => fits(post, u))) continue;
        const unit = units.find(
          (u) =>
            (post.unitKind === null || u.kind === post.unitKind) &&
            (post.gerencia !== 'other' || u.id !== origin),
        );
        if (!unit) throw new Error(`${code}: ninguna unidad para la columna ${post.key}`);
        const username = `${code}.${post.key.replace(/_/g, '')}`;
        const created = await call(admin, 'post', '/api/v1/admin/users', {
          username,
          fullName: `${post.title} de prueba`,
          post: post.title,
          unitId: unit.id,
          roles: [post.role],
          password: STRONG,
        });
        if (created.status !== 201)
          throw new Error(`crear ${username}: ${created.status} ${created.text}`);
        passwords.set(username, STRONG);
        users.push({
          username,
          id: (created.body as { id: string }).id,
          unitId: unit.id,
          unitKind: unit.kind,
          roles: [post.role],
          demo: false,
          token: '',
        });
      }
      const people = Object.fromEntries(
        ROLE_MATRIX_POSTS.map((post) => [post.key, users.filter((u) => fits(post, u))]),
      ) as Record<PostKey, Person[]>;
      // Every seeded demo user is some column: a role or post the matrix forgot would show here.
      for (const user of users.filter((u) => u.demo))
        if (!ROLE_MATRIX_POSTS.some((post) => people[post.key].includes(user)))
          violations.push(`${user.username}: usuario de demostración sin columna en la matriz`);
      for (const user of Object.values(people).flat())
        if (!user.token)
          user.token = await t.login(user.username, passwords.get(user.username) ?? DEMO_PASSWORD);
      towns.push({ code, people });
    }
  });

  afterAll(async () => {
    await probe.end();
    await t.close();
    rmSync(profilesDir, { recursive: true, force: true });
  });

  const pairs = (town: Town, other: Town) => ({ town, other });
  const townPairs = () =>
    towns.map((town, index) => pairs(town, towns[(index + 1) % towns.length] as Town));

  it('maps every column to a real user of each municipality, and every demo user to a column', () => {
    for (const town of towns)
      for (const post of ROLE_MATRIX_POSTS) expect(town.people[post.key].length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  for (const table of roleMatrix())
    it(`${table.kind}: every row, in its state, as every column of both municipalities`, async () => {
      const before = violations.length;
      for (const { town, other } of townPairs()) {
        // Every instance the table needs in this municipality first, several at a time; then
        // the attempts one by one, so that each refusal is alone in comparing the database.
        const cases = table.rows.flatMap((row) =>
          row.cases.map((situation) => ({ row, situation })),
        );
        const built = await inParallel(cases, ({ row, situation }) =>
          instancesFor(table, row, situation, town),
        );
        settled = null;
        for (const [index, { row, situation }] of cases.entries())
          await tryCase(table, row, situation, town, other, built[index] ?? []);
      }
      expect(violations.slice(before)).toEqual([]);
    }, 120_000);

  /** What the administration routes act on, in one municipality. */
  interface Fixtures {
    readonly town: Town;
    /** A user made for the test, whom the ADMIN changes, deactivates and reactivates. */
    readonly spare: string;
    readonly delegation: string;
    readonly resolution: string;
    readonly mandate: string;
    readonly convenio: string;
    readonly budgetModification: string;
    /** A management document of the fixtures' own fiscal year (FIXTURE_YEAR). */
    readonly budgetReview: string;
    nonWorkingDay: string;
    queueCheck: string;
  }

  /** How to call a route of `ADMINISTRATION` on a municipality's fixtures. */
  interface RouteTrial {
    readonly send: (person: Person, f: Fixtures) => PromiseLike<Response>;
    /** The status of an allowed call. */
    readonly ok: number;
    /** The route names a resource of the municipality: another one's users get 404. */
    readonly owned?: boolean;
    readonly after?: (response: Response, f: Fixtures, person: Person) => void | Promise<void>;
  }

  let serial = 0;
  const delegationBody = (f: Fixtures) => ({
    kind: 'encargatura',
    delegatorRole: 'GERENTE_MUNICIPAL',
    delegatorPost: 'Gerente Municipal',
    delegateUserId: f.spare,
    instrument: 'Resolución de Alcaldía N° 031-2026',
    subjects: ['resoluciones_gerencia_municipal'],
    // Past: it must not make the spare user a signer of anything.
    validFrom: '2026-02-16',
    validUntil: '2026-02-27',
  });
  const get = (path: (f: Fixtures) => string, owned = false): RouteTrial => ({
    ok: 200,
    owned,
    send: (person, f) => call(person, 'get', path(f)),
  });
  /** The fixtures' document: of a year the kind table seeds, one not of OPP (it takes those). */
  const FIXTURE_YEAR = 2030;
  async function seededReview(town: Town): Promise<string> {
    const seeded = await call(
      one(town, 'admin'),
      'post',
      `/api/v1/budget/calendar/${FIXTURE_YEAR}/seed`,
    );
    expect(seeded.status).toBe(200);
    const entry = (
      seeded.body as { items: Array<CalendarEntry & { documentCode: string }> }
    ).items.find((i) => i.documentCode === 'balance_memoria');
    if (!entry) throw new Error(`${town.code}: sin documentos en ${FIXTURE_YEAR}`);
    return entry.id;
  }
  const ROUTES: Record<string, RouteTrial> = {
    'POST /api/v1/admin/users': {
      ok: 201,
      send: (person, f) =>
        call(person, 'post', '/api/v1/admin/users', {
          username: `${f.town.code}.nueva${++serial}`,
          fullName: 'Persona Nueva de Prueba',
          post: 'Asistente',
          unitId: originUnit(f.town),
          roles: ['GERENCIA'],
          password: STRONG,
        }),
    },
    'GET /api/v1/admin/users': get(() => '/api/v1/admin/users'),
    'GET /api/v1/admin/users/{id}': get((f) => `/api/v1/admin/users/${f.spare}`, true),
    'PATCH /api/v1/admin/users/{id}': {
      ok: 200,
      owned: true,
      send: (person, f) =>
        call(person, 'patch', `/api/v1/admin/users/${f.spare}`, { post: 'Asistente técnico' }),
    },
    'POST /api/v1/admin/users/{id}/deactivate': {
      ok: 200,
      owned: true,
      send: (person, f) =>
        call(person, 'post', `/api/v1/admin/users/${f.spare}/deactivate`, {
          reason: 'Cese de prueba',
        }),
    },
    'POST /api/v1/admin/users/{id}/reactivate': {
      ok: 200,
      owned: true,
      send: (person, f) => call(person, 'post', `/api/v1/admin/users/${f.spare}/reactivate`, {}),
    },
    'POST /api/v1/admin/users/{id}/password': {
      ok: 204,
      owned: true,
      send: (person, f) =>
        call(person, 'post', `/api/v1/admin/users/${f.spare}/password`, {
          password: 'cóndor lento sobre nevado gris',
        }),
    },
    'POST /api/v1/admin/users/{id}/unlock': {
      ok: 200,
      owned: true,
      send: (person, f) => call(person, 'post', `/api/v1/admin/users/${f.spare}/unlock`, {}),
    },
    'POST /api/v1/admin/delegations': {
      ok: 201,
      send: (person, f) => call(person, 'post', '/api/v1/admin/delegations', delegationBody(f)),
    },
    'GET /api/v1/admin/delegations': get(() => '/api/v1/admin/delegations'),
    'GET /api/v1/admin/delegations/{id}': get(
      (f) => `/api/v1/admin/delegations/${f.delegation}`,
      true,
    ),
    'POST /api/v1/admin/delegations/{id}/revoke': {
      ok: 200,
      owned: true,
      send: (person, f) =>
        call(person, 'post', `/api/v1/admin/delegations/${f.delegation}/revoke`, {
          reason: 'Revocada por prueba',
        }),
    },
    'POST /api/v1/calendar/non-working-days': {
      ok: 201,
      send: (person) =>
        call(person, 'post', '/api/v1/calendar/non-working-days', {
          date: '2027-03-10',
          name: 'Día no laborable de prueba',
          source: 'Decreto de Alcaldía N° 001-2027',
        }),
      after: (response, f) => {
        f.nonWorkingDay = (response.body as { id: string }).id;
      },
    },
    'DELETE /api/v1/calendar/non-working-days/{id}': {
      ok: 200,
      owned: true,
      send: (person, f) =>
        call(person, 'delete', `/api/v1/calendar/non-working-days/${f.nonWorkingDay}`),
    },
    // Idempotent: the year is already seeded, nothing new is created.
    'POST /api/v1/budget/calendar/{year}/seed': {
      ok: 200,
      send: (person) => call(person, 'post', `/api/v1/budget/calendar/${FIXTURE_YEAR}/seed`),
    },
    'POST /api/v1/budget/calendar/items/{id}/dates': {
      ok: 200,
      owned: true,
      send: (person, f) =>
        call(person, 'post', `/api/v1/budget/calendar/items/${f.budgetReview}/dates`, {
          dueOn: `${FIXTURE_YEAR + 1}-03-20`,
          basis: `Directiva N° 0001-${FIXTURE_YEAR}-EF/50.01, Art. 12`,
        }),
      // The file hears the new date as a system event, after commit: before the next refusal.
      after: async (_, f) => {
        const reader = one(f.town, 'planeamiento_presupuesto');
        await new WorkflowClient(t).eventually(async () => {
          const file = await call(reader, 'get', `/api/v1/budget-reviews/${f.budgetReview}`);
          return (file.body as { dueOn?: string }).dueOn === `${FIXTURE_YEAR + 1}-03-20`
            ? true
            : undefined;
        }, 'la nueva fecha en el expediente');
      },
    },
    'GET /api/v1/budget/calendar/{year}': get(() => `/api/v1/budget/calendar/${FIXTURE_YEAR}`),
    'GET /api/v1/budget/calendar/items/{id}/dates': get(
      (f) => `/api/v1/budget/calendar/items/${f.budgetReview}/dates`,
      true,
    ),
    'GET /api/v1/budget-reviews': get(() => '/api/v1/budget-reviews'),
    'GET /api/v1/budget-reviews/{id}': get((f) => `/api/v1/budget-reviews/${f.budgetReview}`, true),
    'GET /api/v1/budget-reviews/{id}/deadlines': get(
      (f) => `/api/v1/budget-reviews/${f.budgetReview}/deadlines`,
      true,
    ),
    'GET /api/v1/budget-reviews/{id}/history': get(
      (f) => `/api/v1/budget-reviews/${f.budgetReview}/history`,
      true,
    ),
    'GET /api/v1/admin/clock': get(() => '/api/v1/admin/clock'),
    'POST /api/v1/admin/clock': {
      ok: 200,
      send: (person) => call(person, 'post', '/api/v1/admin/clock', { now: NOW }),
    },
    'POST /api/v1/admin/queue-checks': {
      ok: 201,
      send: (person) => call(person, 'post', '/api/v1/admin/queue-checks', {}),
      after: (response, f) => {
        f.queueCheck = (response.body as { id: string }).id;
      },
    },
    'GET /api/v1/admin/queue-checks/{id}': get((f) => `/api/v1/admin/queue-checks/${f.queueCheck}`),
    'GET /api/v1/audit/verify': get(() => '/api/v1/audit/verify'),
    // Public: the row says who sees its detail (tried apart below).
    'GET /health': get(() => '/health'),
    'GET /api/v1/me': get(() => '/api/v1/me'),
    'GET /api/v1/units': get(() => '/api/v1/units'),
    'GET /api/v1/units/{id}': get((f) => `/api/v1/units/${originUnit(f.town)}`, true),
    'GET /api/v1/users': get(() => '/api/v1/users'),
    'GET /api/v1/users/{id}': get((f) => `/api/v1/users/${f.spare}`, true),
    'GET /api/v1/calendar/holidays': get(() => '/api/v1/calendar/holidays?year=2026'),
    'GET /api/v1/calendar/deadline': get(() => '/api/v1/calendar/deadline?from=2026-12-01&days=3'),
    'GET /api/v1/notifications': get(() => '/api/v1/notifications'),
    'GET /api/v1/resolutions': get(() => '/api/v1/resolutions'),
    'GET /api/v1/resolutions/{id}': get((f) => `/api/v1/resolutions/${f.resolution}`, true),
    'GET /api/v1/resolutions/{id}/history': get(
      (f) => `/api/v1/resolutions/${f.resolution}/history`,
      true,
    ),
    'GET /api/v1/mandates': get(() => '/api/v1/mandates'),
    'GET /api/v1/mandates/{id}': get((f) => `/api/v1/mandates/${f.mandate}`, true),
    'GET /api/v1/resolutions/{id}/deadlines': get(
      (f) => `/api/v1/resolutions/${f.resolution}/deadlines`,
      true,
    ),
    'GET /api/v1/mandates/{id}/deadlines': get(
      (f) => `/api/v1/mandates/${f.mandate}/deadlines`,
      true,
    ),
    'GET /api/v1/mandates/{id}/history': get((f) => `/api/v1/mandates/${f.mandate}/history`, true),
    'GET /api/v1/convenios': get(() => '/api/v1/convenios'),
    'GET /api/v1/convenios/{id}': get((f) => `/api/v1/convenios/${f.convenio}`, true),
    'GET /api/v1/convenios/{id}/deadlines': get(
      (f) => `/api/v1/convenios/${f.convenio}/deadlines`,
      true,
    ),
    'GET /api/v1/convenios/{id}/history': get(
      (f) => `/api/v1/convenios/${f.convenio}/history`,
      true,
    ),
    'GET /api/v1/budget-modifications': get(() => '/api/v1/budget-modifications'),
    'GET /api/v1/budget-modifications/{id}': get(
      (f) => `/api/v1/budget-modifications/${f.budgetModification}`,
      true,
    ),
    'GET /api/v1/budget-modifications/{id}/deadlines': get(
      (f) => `/api/v1/budget-modifications/${f.budgetModification}/deadlines`,
      true,
    ),
    'GET /api/v1/budget-modifications/{id}/history': get(
      (f) => `/api/v1/budget-modifications/${f.budgetModification}/history`,
      true,
    ),
    'GET /api/v1/{kind}/{id}/attachments': get(
      (f) => `/api/v1/resolutions/${f.resolution}/attachments`,
      true,
    ),
  };

  it('administration and reading: every route as every column; refusals write nothing', async () => {
    const before = violations.length;
    // The table names every restricted route of the OpenAPI document, and this suite tries each.
    const docs = (await t.http.get('/api/docs-json')).body as { paths: Record<string, object> };
    const operations = Object.entries(docs.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const listed = ADMINISTRATION.flatMap((row) => row.routes);
    for (const route of listed) {
      if (!operations.includes(route)) violations.push(`${route}: en la matriz, no en OpenAPI`);
      if (!ROUTES[route]) violations.push(`${route}: en la matriz, sin prueba aquí`);
    }
    for (const operation of operations)
      if (
        /^\S+ \/api\/v1\/(admin|audit)\//.test(operation) ||
        operation.includes('/non-working-days')
      )
        if (!listed.includes(operation))
          violations.push(`${operation}: ruta restringida que la matriz no nombra`);

    const fixtures = new Map<string, Fixtures>();
    for (const town of towns) {
      const admin = one(town, 'admin');
      const spare = await call(admin, 'post', '/api/v1/admin/users', {
        username: `${town.code}.reserva`,
        fullName: 'Persona de Reserva',
        post: 'Asistente',
        unitId: originUnit(town),
        roles: ['GERENCIA'],
        password: STRONG,
      });
      expect(spare.status).toBe(201);
      const f: Fixtures = {
        town,
        spare: (spare.body as { id: string }).id,
        delegation: '',
        resolution: (await createOk(one(town, 'gerencia_origen'), 'resolutions', resolutionBody()))
          .id,
        mandate: (await createOk(one(town, 'gerencia_municipal'), 'mandates', mandateBody(town)))
          .id,
        convenio: (await createOk(one(town, 'gerencia_origen'), 'convenios', convenioBody())).id,
        budgetModification: (
          await createOk(
            one(town, 'gerencia_origen'),
            'budget-modifications',
            budgetModificationBody(),
          )
        ).id,
        budgetReview: await seededReview(town),
        nonWorkingDay: '',
        queueCheck: '',
      };
      const delegation = await call(admin, 'post', '/api/v1/admin/delegations', delegationBody(f));
      expect(delegation.status).toBe(201);
      fixtures.set(town.code, { ...f, delegation: (delegation.body as { id: string }).id });
    }
    settled = null;

    for (const { town, other } of townPairs()) {
      const f = fixtures.get(town.code) as Fixtures;
      for (const row of ADMINISTRATION)
        for (const route of row.routes) {
          const trial = ROUTES[route];
          if (!trial) continue;
          const label = (who: Person) => `${route} (${town.code}) por ${who.username}`;
          const people = everyone(town);
          if (route === 'GET /health') {
            // Everyone may ask; only those the row allows see the detail.
            for (const { post, person } of people) {
              const health = await call(person, 'get', '/health');
              const detailed = Object.keys(health.body as object).length > 1;
              tried.administration++;
              if (health.status !== 200 || detailed !== administrationAllows(row, post))
                violations.push(`${label(person)}: ${health.status} ${health.text.slice(0, 200)}`);
            }
            continue;
          }
          // Writes one at a time (each refusal compares the database); reads all at once.
          const read = route.startsWith('GET ');
          const each = async <T>(items: readonly T[], work: (item: T) => Promise<void>) => {
            if (read) await Promise.all(items.map(work));
            else for (const item of items) await work(item);
          };
          const refused = people.filter((p) => !administrationAllows(row, p.post));
          await each(refused, async ({ person }) => {
            await attempt(
              label(person),
              { allowed: false, status: 403, code: 'FORBIDDEN' },
              () => trial.send(person, f),
              read,
            );
            tried.administration++;
          });
          if (trial.owned)
            await each(
              everyone(other).filter((p) => administrationAllows(row, p.post)),
              async ({ person }) => {
                await attempt(
                  `${label(person)} (de ${other.code})`,
                  NOT_FOUND,
                  () => trial.send(person, f),
                  read,
                );
                tried.administration++;
              },
            );
          await each(
            people.filter((p) => administrationAllows(row, p.post)),
            async ({ person }) => {
              const response = await attempt(
                label(person),
                { allowed: true },
                () => trial.send(person, f),
                read,
              );
              tried.administration++;
              if (response.status >= 200 && response.status < 300 && response.status !== trial.ok)
                violations.push(`${label(person)}: respondió ${response.status}, no ${trial.ok}`);
              await trial.after?.(response, f, person);
            },
          );
        }
    }
    expect(violations.slice(before)).toEqual([]);
  }, 120_000);

  it('reports the pairs tried, with no violation', () => {
    const total = tried.workflow + tried.crossTenant + tried.allowedEvents + tried.administration;
    console.log(
      `Matriz de roles por HTTP: ${total} pares (usuario, operación) en ${towns.length} municipalidades ` +
        `(${tried.workflow} de expedientes, ${tried.crossTenant} de otra municipalidad, ` +
        `${tried.allowedEvents} lecturas de allowedEvents, ${tried.administration} de administración y consulta); ` +
        `${violations.length} violaciones; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(tried.workflow).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
});
