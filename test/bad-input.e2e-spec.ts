import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createMandate } from './support/mandates.js';
import { createResolution } from './support/resolutions.js';
import { WorkflowClient } from './support/workflow-client.js';

type Answer = { status: number; headers: Record<string, string>; body: Record<string, unknown> };

/** A raw request: supertest would re-encode a bad path or refuse a bad method. */
function raw(
  t: TestApp,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  const server = t.app.getHttpServer() as { address(): AddressInfo | string | null };
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('servidor sin puerto');
  const port = address.port;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: Record<string, unknown>;
          try {
            parsed = JSON.parse(text) as Record<string, unknown>;
          } catch {
            parsed = { raw: text };
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers as Record<string, string>,
            body: parsed,
          });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface Schema {
  $ref?: string;
  properties?: Record<string, unknown>;
  allOf?: Schema[];
}
interface OpenApi {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, Schema> };
}
interface Case {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Deterministic PRNG (mulberry32): the same sample on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const MAX_FUZZ_CASES = 3_000;
const BAD_PARAMS = ['1e20', '-1', '1.5', 'no-es-uuid', '%E0%A4%A', 'a'.repeat(101), '%00', ''];
const BAD_VALUES: unknown[] = [null, [], {}, [[]], 1e20, -1, 1.5, true, 'x'.repeat(10_001)];
const JSON_TYPE = { 'content-type': 'application/json' };
/** Bodies refused before any handler runs, so safe to send to every route. */
const UNREADABLE: Array<[string, Record<string, string>, string]> = [
  ['JSON roto', JSON_TYPE, '{"a":'],
  ['JSON vacío', JSON_TYPE, ''],
  ['anidado 5000', JSON_TYPE, '['.repeat(5_000) + ']'.repeat(5_000)],
  ['texto plano', { 'content-type': 'text/plain' }, 'hola'],
  ['formulario', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'],
  ['xml', { 'content-type': 'application/xml' }, '<a/>'],
  ['__proto__', JSON_TYPE, '{"__proto__":{"x":1}}'],
];

function bodyProperties(spec: OpenApi, operation: OpenApiOperation): string[] | null {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (!schema) return null;
  const names = new Set<string>();
  const visit = (s: Schema | undefined, depth: number): void => {
    if (!s || depth > 3) return;
    if (s.$ref) visit(spec.components?.schemas?.[s.$ref.split('/').pop() ?? ''], depth + 1);
    for (const name of Object.keys(s.properties ?? {})) names.add(name);
    for (const part of s.allOf ?? []) visit(part, depth + 1);
  };
  visit(schema, 0);
  return [...names];
}

/** Malformed variants of every operation of the OpenAPI document, for one caller. */
function fuzzCases(spec: OpenApi, token: string, ids: Record<string, string>): Case[] {
  const cases: Case[] = [];
  const auth = { authorization: `Bearer ${token}` };
  for (const [template, operations] of Object.entries(spec.paths)) {
    if (template.startsWith('/api/docs')) continue;
    for (const [method, operation] of Object.entries(operations)) {
      const verb = method.toUpperCase();
      const params = operation.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
      const queryParams = params.filter((p) => p.in === 'query').map((p) => p.name);
      const fill = (bad?: [string, string]) =>
        template.replace(/\{(\w+)\}/g, (_m, name: string) =>
          bad?.[0] === name ? bad[1] : (ids[name] ?? ids['id'] ?? ''),
        );
      const add = (label: string, path: string, headers = {}, body?: string) =>
        cases.push({
          label: `${verb} ${template} ${label}`,
          method: verb,
          path,
          headers: { ...auth, ...headers },
          body,
        });
      for (const name of pathParams)
        for (const value of BAD_PARAMS) add(`:${name}=${value.slice(0, 12)}`, fill([name, value]));
      for (const name of queryParams) {
        for (const value of BAD_PARAMS)
          add(`?${name}=${value.slice(0, 12)}`, `${fill()}?${name}=${value}`);
        add(`?${name} repetido`, `${fill()}?${name}=1&${name}=2`);
        add(`?${name}[a]`, `${fill()}?${name}[a]=1`);
      }
      if (verb === 'GET') continue;
      const properties = bodyProperties(spec, operation);
      // A route without a body ignores what is sent (e.g. a form body to POST /queue-checks).
      if (properties === null) continue;
      for (const [label, headers, body] of UNREADABLE) add(label, fill(), headers, body);
      for (const body of ['null', '[]', '"x"', '5', '{}', '{"zzz":1}', '[{}]'])
        add(`cuerpo ${body}`, fill(), JSON_TYPE, body);
      add('sin cuerpo', fill());
      for (const name of properties)
        for (const value of BAD_VALUES)
          add(
            `${name}=${JSON.stringify(value).slice(0, 12)}`,
            fill(),
            JSON_TYPE,
            JSON.stringify({ [name]: value }),
          );
    }
  }
  return cases;
}

describe('Bad input never becomes a 500 (issue 11, item 5)', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let gerente: string;
  let admin: string;

  beforeAll(async () => {
    // No periodic checkpoint during the fuzz: it compares the row count of every table.
    t = await startTestApp({ AUDIT_CHECKPOINT_MINUTES: '1440' });
    await t.app.listen(0, '127.0.0.1');
    client = new WorkflowClient(t);
    gerente = await client.token('mml.gerente');
    admin = await client.token('mml.admin');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('query numbers are bounded', () => {
    it.each([
      ['/api/v1/mandates?page=1e20', 'page'],
      ['/api/v1/mandates?page=-1', 'page'],
      ['/api/v1/mandates?page=1.5', 'page'],
      ['/api/v1/mandates?pageSize=1e20', 'pageSize'],
      ['/api/v1/resolutions?year=1e20', 'year'],
      ['/api/v1/users?page=1e308', 'page'],
      ['/api/v1/notifications?page=9007199254740993', 'page'],
      ['/api/v1/calendar/deadline?from=2026-03-02&days=1e20', 'days'],
      ['/api/v1/calendar/holidays?year=1e20', 'year'],
    ])('%s → 400 naming %s', async (path, field) => {
      const response = await t.http.get(path).auth(gerente, { type: 'bearer' });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fields(response.body)).toContain(field);
    });

    it('refuses to page past the last row anybody could read (page × pageSize)', async () => {
      const response = await t.http
        .get('/api/v1/mandates?page=100000&pageSize=100')
        .auth(gerente, { type: 'bearer' });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fields(response.body)).toContain('page');
      const fine = await t.http
        .get('/api/v1/mandates?page=100&pageSize=100')
        .auth(gerente, { type: 'bearer' });
      expect(fine.status).toBe(200);
    });
  });

  describe('nested objects are required objects', () => {
    const mandate = async (term: unknown, omit = false) => {
      const body: Record<string, unknown> = {
        title: 'Informe',
        instructions: 'Consolidar el avance.',
        source: 'reunion',
        responsibleUnitId: await client.unitId('mml.gerente', 'GDU'),
      };
      if (!omit) body['term'] = term;
      return t.http.post('/api/v1/mandates').auth(gerente, { type: 'bearer' }).send(body);
    };

    it.each([
      ['missing', undefined, true],
      ['[]', [], false],
      ['null', null, false],
      ['a number', 5, false],
      ['a text', 'diez', false],
      ['[{…}]', [{ days: 5, unit: 'business' }], false],
    ])('POST /mandates with term %s → 400 naming term', async (_label, term, omit) => {
      const response = await mandate(term, omit);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fields(response.body)).toContain('term');
    });

    it.each([[[null]], [[[]]], [['x']], [[5]], [{ name: 'x' }]])(
      'POST /resolutions with addressees %j → 400 naming addressees',
      async (addressees) => {
        const response = await t.http
          .post('/api/v1/resolutions')
          .auth(gerente, { type: 'bearer' })
          .send({
            subject: 'Aprobar la ampliación de plazo',
            scope: 'particular',
            hasBudgetImpact: false,
            vistos: [],
            considerandos: ['Que, …'],
            articles: ['APROBAR …'],
            addressees,
          });
        expectProblem(response, 400, 'VALIDATION_FAILED');
        expect(fields(response.body).some((f) => f.startsWith('addressees'))).toBe(true);
      },
    );
  });

  describe('deep JSON', () => {
    it.each([3_000, 100_000])(
      'a body nested %i levels → 400 MALFORMED_REQUEST, fast',
      async (n) => {
        for (const body of [
          '['.repeat(n) + ']'.repeat(n),
          '{"a":'.repeat(n) + '1' + '}'.repeat(n),
        ]) {
          const started = Date.now();
          const response = await raw(
            t,
            'POST',
            '/api/v1/mandates',
            { authorization: `Bearer ${gerente}`, 'content-type': 'application/json' },
            body,
          );
          expectProblem(response, 400, 'MALFORMED_REQUEST');
          expect(response.body['detail']).toMatch(/anidad/);
          expect(Date.now() - started).toBeLessThan(2_000);
        }
      },
    );

    it('a nested event payload too', async () => {
      const n = 5_000;
      const response = await raw(
        t,
        'POST',
        '/api/v1/resolutions/9b2c1f1e-8d1a-4c1e-9b1a-1c1e9b1a1c1e/events',
        { authorization: `Bearer ${gerente}`, 'content-type': 'application/json' },
        `{"type":"RETURN","reason":${'['.repeat(n)}${']'.repeat(n)}}`,
      );
      expectProblem(response, 400, 'MALFORMED_REQUEST');
    });
  });

  describe("Fastify's own errors are problems", () => {
    it('bad URL encoding → 400 MALFORMED_REQUEST', async () => {
      const response = await raw(t, 'GET', '/api/v1/mandates/%E0%A4%A', {
        authorization: `Bearer ${gerente}`,
      });
      expectProblem(response, 400, 'MALFORMED_REQUEST');
    });

    it('a URL longer than the limit → 414 URI_TOO_LONG', async () => {
      const response = await raw(t, 'GET', `/api/v1/mandates?q=${'a'.repeat(9_000)}`, {
        authorization: `Bearer ${gerente}`,
      });
      expectProblem(response, 414, 'URI_TOO_LONG');
    });

    it('a path parameter past maxParamLength (100) → 414 URI_TOO_LONG', async () => {
      const response = await raw(t, 'GET', `/api/v1/mandates/${'a'.repeat(101)}`, {
        authorization: `Bearer ${gerente}`,
      });
      expectProblem(response, 414, 'URI_TOO_LONG');
    });

    it('headers past what Node reads → 431 HEADERS_TOO_LARGE', async () => {
      const response = await raw(t, 'GET', '/api/v1/me', {
        authorization: `Bearer ${gerente}`,
        'x-relleno': 'a'.repeat(20_000),
      });
      expectProblem(response, 431, 'HEADERS_TOO_LARGE');
    });

    it.each([
      ['DELETE', '/api/v1/mandates', 'GET, HEAD, POST'],
      ['PUT', '/api/v1/mandates/9b2c1f1e-8d1a-4c1e-9b1a-1c1e9b1a1c1e', 'GET, HEAD'],
      ['PATCH', '/api/v1/auth/login', 'POST'],
      ['POST', '/health', 'GET, HEAD'],
    ])('%s %s → 405 with Allow: %s', async (method, path, allow) => {
      const response = await raw(t, method, path, { authorization: `Bearer ${admin}` });
      expectProblem(response, 405, 'METHOD_NOT_ALLOWED');
      expect(response.headers['allow']).toBe(allow);
    });

    it('an unknown path stays 404', async () => {
      const response = await raw(t, 'DELETE', '/api/v1/nada', { authorization: `Bearer ${admin}` });
      expectProblem(response, 404, 'NOT_FOUND');
    });
  });
  describe('fuzz: every operation of the OpenAPI document', () => {
    /** Row counts of every table of the app's schema: malformed requests write nothing. */
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          (
            await t.query<{ name: string }>(
              `SELECT table_name AS name FROM information_schema.tables
               WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
            )
          ).map(async ({ name }) => {
            const [row] = await t.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`);
            return [name, Number(row?.n)] as const;
          }),
        ),
      );

    it('answers every malformed request with a 4xx problem and writes nothing', async () => {
      const mandate = await createMandate(client);
      const resolution = await createResolution(client);
      const spec = (await t.http.get('/api/docs-json')).body as OpenApi;
      const ids: Record<string, string> = {
        id: mandate.id,
        attachmentId: '9b2c1f1e-8d1a-4c1e-9b1a-1c1e9b1a1c1e',
        kind: 'mandates',
        code: 'ABCD1234',
      };
      const all = [
        ...fuzzCases(spec, gerente, ids),
        ...fuzzCases(spec, admin, { ...ids, id: resolution.id, kind: 'resolutions' }),
      ];
      const random = seeded(11);
      const cases =
        all.length <= MAX_FUZZ_CASES
          ? all
          : all
              .map((c) => [random(), c] as const)
              .sort((a, b) => a[0] - b[0])
              .slice(0, MAX_FUZZ_CASES)
              .map(([, c]) => c);
      const before = await counts();
      const { checked: chainBefore } = (
        await t.http.get('/api/v1/audit/verify').auth(admin, { type: 'bearer' })
      ).body as { checked: number };

      const started = Date.now();
      const failures: string[] = [];
      let next = 0;
      const worker = async () => {
        for (let c = cases[next++]; c !== undefined; c = cases[next++]) {
          const response = await raw(t, c.method, c.path, c.headers, c.body).catch(
            (error: Error): Answer => ({
              status: 599,
              headers: {},
              body: { error: error.message },
            }),
          );
          if (response.status >= 500)
            failures.push(`${response.status} ${c.label}`); // 599: no answer
          else if (
            response.status >= 400 &&
            (!/^application\/problem\+json/.test(response.headers['content-type'] ?? '') ||
              typeof response.body['code'] !== 'string')
          )
            failures.push(`${response.status} sin problem+json: ${c.label}`);
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      const elapsed = Date.now() - started;
      console.info(`fuzz: ${cases.length} de ${all.length} solicitudes en ${elapsed} ms`);

      expect(failures).toEqual([]);
      expect(await counts()).toEqual(before);
      const verify = (await t.http.get('/api/v1/audit/verify').auth(admin, { type: 'bearer' }))
        .body as { ok: boolean; checked: number };
      expect(verify).toMatchObject({ ok: true, checked: chainBefore });
    }, 120_000);
  });
});
