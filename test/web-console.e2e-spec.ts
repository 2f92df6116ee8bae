import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { webConsoleDir } from '../apps/api/src/http/web-console.js';
import { expectProblem } from './support/problems.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The console as `npm run build` left it in dist/web (the test command builds before the suites). */
describe('Web console served at / by the API process', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves index.html at / and at any console route, never cached, with the CSP of its own scripts only', async () => {
    // /verificar/…: the public page the QR of every signed resolution opens (D16).
    for (const path of ['/', '/pendientes', '/resoluciones/abc?x=1', '/verificar/ABC']) {
      const response = await t.http.get(path);
      expect([path, response.status]).toEqual([path, 200]);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toContain('<div id="root"></div>');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('serves the hashed assets for a year', async () => {
    const script = readdirSync(`${webConsoleDir()}/assets`).find((f) => f.endsWith('.js'));
    const response = await t.http.get(`/assets/${script}`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('the first load is at most 300 KB of JavaScript, gzipped', async () => {
    const index = (await t.http.get('/')).text;
    const scripts = [...index.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
    const preloads = [...index.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = [...scripts, ...preloads]
      .map((src) => gzipSync(readFileSync(`${webConsoleDir()}${src}`)).length)
      .reduce((a, b) => a + b, 0);
    expect(bytes).toBeLessThanOrEqual(300 * 1024);
  });

  it('leaves the API its own answers: an unknown API path is a 404 problem, whatever the method', async () => {
    expectProblem(await t.http.get('/api/v1/no-existe'), 404, 'NOT_FOUND');
    expectProblem(await t.http.post('/api/v1/no-existe').send({}), 404, 'NOT_FOUND');
    expectProblem(await t.http.post('/pendientes').send({}), 404, 'NOT_FOUND');
    const health = await t.http.get('/health');
    expect(health.status).toBe(200);
    expect(health.headers['content-type']).toMatch(/^application\/json/);
  });
});
