import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectProblem, fields } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';
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
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: Record<string, unknown> = {};
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
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('Bad input never becomes a 500 (issue 11, item 5)', () => {
  let t: TestApp;
  let client: WorkflowClient;
  let gerente: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
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
});
