import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import spectralCore, { type RulesetDefinition } from '@stoplight/spectral-core';
import spectralRulesets from '@stoplight/spectral-rulesets';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { workflowKinds } from '#kinds';
import { startTestApp, type TestApp } from './support/test-app.js';

const { Spectral } = spectralCore;
const { oas } = spectralRulesets;
const require = createRequire(import.meta.url);

interface Operation {
  readonly responses?: Record<string, unknown>;
  readonly tags?: readonly string[];
}

/** Spectral's severities: 0 error, 1 warning. */
const ERROR = 0;
const WARNING = 1;

/**
 * What a client generated from the document sees: openapi-typescript's types and openapi-fetch.
 * If the document loses a schema, an enum or a body, this stops compiling.
 */
const CLIENT = `
import createClient from 'openapi-fetch';
import type { components, paths } from './api.js';

type Resolution = components['schemas']['ResolutionsResourceDto'];
// A list gives summaries (the full resource is GET /{id}) and the cursor of the next page.
type ResolutionSummary = components['schemas']['ResolutionsSummaryDto'];

const client = createClient<paths>({ baseUrl: 'http://localhost:3000' });

export async function returnFirstDraft(): Promise<string> {
  const login = await client.POST('/api/v1/auth/login', {
    body: { username: 'mml.juridica', password: 'despacho' },
  });
  if (login.error) return login.error.code;
  const headers = { Authorization: \`Bearer \${login.data.accessToken}\` };
  const roles: string[] = login.data.user.roles;

  const list = await client.GET('/api/v1/resolutions', {
    params: { query: { state: 'legal_review', page: 1, pageSize: 20 } },
    headers,
  });
  if (list.error) return list.error.detail;
  const total: number = list.data.total;
  const first: ResolutionSummary | undefined = list.data.items[0];
  const next: string | null = list.data.nextCursor;
  const capped: boolean = list.data.totalIsEstimate;
  // @ts-expect-error a summary never carries the articles: read GET /{id}
  const articles: string[] = first?.articles;
  if (!first) return \`\${total} \${roles.length}\`;

  const one = await client.GET('/api/v1/resolutions/{id}', {
    params: { path: { id: first.id } },
    headers,
  });
  if (one.error) return one.error.code;
  const full: Resolution = one.data;
  const version: number = full.version;
  const allowed: string[] = one.data.allowedEvents;
  // The kind's own fields are typed too: a draft has no number yet, a signed act has one.
  const number: string | null = one.data.number;
  const pending: string[] = one.data.pendingVisas;
  const signer: string | undefined = one.data.signature?.name;
  // Machine version 2 adds fundado_en_parte (the act stands, modified by the deciding act).
  const outcome: 'fundado' | 'fundado_en_parte' | 'infundado' | 'improcedente' | null | undefined =
    one.data.remedy?.outcome;
  // @ts-expect-error a draft has no number: the document says it may be null
  const numbered: string = one.data.number;
  // @ts-expect-error not an outcome of a remedy
  if (one.data.remedy?.outcome === 'ganado') return numbered;

  const mandate = await client.GET('/api/v1/mandates/{id}', {
    params: { path: { id: first.id } },
    headers,
  });
  if (mandate.error) return mandate.error.code;
  const term: { days: number; unit: 'business' | 'calendar' } = mandate.data.term;
  const evidence: string | null = mandate.data.evidence;
  const note = \`\${number ?? 'sin número'} \${pending.length} \${signer ?? ''} \${outcome ?? ''} \${next ?? ''} \${capped} \${articles.length}\`;
  const task = \`\${mandate.data.title} \${term.days} \${evidence ?? ''}\`;

  const sent = await client.POST('/api/v1/resolutions/{id}/events', {
    params: { path: { id: first.id }, header: { 'If-Match': String(version) } },
    body: { type: 'RETURN', reason: 'Falta el informe técnico' },
    headers,
  });
  if (sent.error) return \`\${sent.error.status} \${sent.error.code}\`;

  // The document's enums and the union of events are types: a wrong state or payload fails.
  await client.GET('/api/v1/resolutions', {
    // @ts-expect-error not a resolution state
    params: { query: { state: 'borrador' } },
    headers,
  });
  await client.POST('/api/v1/resolutions/{id}/events', {
    params: { path: { id: first.id } },
    // @ts-expect-error RETURN needs its reason
    body: { type: 'RETURN' },
    headers,
  });
  return \`\${sent.data.state} \${allowed.join(',')} \${note} \${task}\`;
}
`;

function typeCheck(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'despacho-cliente-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const fetchTypes = join(dirname(require.resolve('openapi-fetch')), 'index.d.mts');
    const program = ts.createProgram([join(dir, 'client.ts')], {
      strict: true,
      noEmit: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2023,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
      skipLibCheck: true,
      paths: { 'openapi-fetch': [fetchTypes] },
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const WEB_TYPES = new URL('../apps/web/src/api/schema.d.ts', import.meta.url);
const WEB_TYPES_HEADER =
  '// Generated from the OpenAPI document by openapi-typescript: do not edit; run `npm run api:types`.\n\n';

describe('OpenAPI: the document a generated client can use as published', () => {
  let t: TestApp;
  let document: OpenAPI3;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://despacho.example.pe' });
    const response = await t.http.get('/api/docs-json');
    expect(response.status).toBe(200);
    document = response.body as OpenAPI3;
  });
  afterAll(async () => {
    await t.close();
  });

  it('passes Spectral’s OpenAPI ruleset without errors or warnings', async () => {
    const spectral = new Spectral();
    // The published ruleset's literal type is narrower than RulesetDefinition (a known typing gap).
    spectral.setRuleset(oas as RulesetDefinition);
    const results = await spectral.run(JSON.stringify(document));
    const describe = (severity: number) =>
      results
        .filter((r) => r.severity === severity)
        .map((r) => `${r.code} ${r.path.join('.')}: ${r.message}`);
    expect(describe(ERROR)).toEqual([]);
    expect(describe(WARNING)).toEqual([]);
  });

  it('declares servers, tags and, for each operation, its success and problem+json answers', () => {
    expect(document.servers?.[0]?.url).toBe('https://despacho.example.pe');
    const paths = document.paths as Record<string, Record<string, Operation | undefined>>;
    for (const [path, item] of Object.entries(paths))
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        const operation = item[method];
        if (!operation) continue;
        const where = `${method.toUpperCase()} ${path}`;
        const codes = Object.keys(operation.responses ?? {});
        expect([where, codes.some((c) => /^2\d\d$/.test(c))]).toEqual([where, true]);
        if (path.startsWith('/api/v1/'))
          expect([where, codes.some((c) => /^4\d\d$/.test(c))]).toEqual([where, true]);
        expect([where, (operation.tags ?? []).length > 0]).toEqual([where, true]);
      }
  });

  it('documents each kind’s own fields in its resource, besides the kernel’s', () => {
    const schemas = (document.components?.schemas ?? {}) as Record<
      string,
      { properties?: Record<string, unknown> }
    >;
    const kernel = ['id', 'kind', 'state', 'version', 'allowedEvents', 'deadlines', 'createdAt'];
    for (const kind of workflowKinds) {
      expect([kind.name, kind.resource !== undefined]).toEqual([kind.name, true]);
      // As the API names it: `budget-modifications` → `BudgetModificationsResourceDto`.
      const name = `${kind.name
        .split('-')
        .map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`)
        .join('')}ResourceDto`;
      const properties = Object.keys(schemas[name]?.properties ?? {});
      expect(properties).toEqual(expect.arrayContaining(kernel));
      expect(properties.length).toBeGreaterThan(kernel.length + 1);
    }
  });

  it('generates a typed client that compiles (openapi-typescript + openapi-fetch)', async () => {
    const types = astToString(await openapiTS(document));
    expect(typeCheck({ 'api.ts': types, 'client.ts': CLIENT })).toEqual([]);
  });

  it('the web console is typed from this document: apps/web/src/api/schema.d.ts is not stale', async () => {
    const types = `${WEB_TYPES_HEADER}${astToString(await openapiTS(document))}`;
    // `npm run api:types` regenerates it.
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(WEB_TYPES, types);
    expect(readFileSync(WEB_TYPES, 'utf8')).toBe(types);
  });
});
