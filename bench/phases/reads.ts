/**
 * Reads at scale (issue 13, point 4): seeds 1,000,000 instances into the real schema with SQL
 * (90 % Lima, 3 years, ~5 % open, resolutions and mandates, Spanish text with common and rare
 * words, the open deadlines a list shows), then measures every list, filter and search over HTTP,
 * one at a time and 8 at once, and a transition before and after the seed.
 */
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { HttpClient } from '../support/http.js';
import { type Distribution, distribution, fmtDist, ms } from '../support/stats.js';
import type { Sessions } from './transitions-http.js';

/** Targets of issue 13 for every list with a million instances. */
export const READ_TARGETS = { sequentialP95: 50, concurrentP95: 150, concurrency: 8 } as const;
/** Issue 14: the board's aggregate endpoints, p95 with a million instances. */
export const BOARD_P95 = 100;

const COMMON_WORD = 'licencia';
/** In 1 of every 100,000 instances. */
const RARE_WORD = 'quenual';
const VOCABULARY = [
  'funcionamiento',
  'edificación',
  'habilitación',
  'anuncio',
  'publicidad',
  'mercado',
  'obra',
  'pistas',
  'veredas',
  'parque',
  'arborización',
  'comercio',
  'ambulante',
  'feria',
  'tránsito',
  'estacionamiento',
  'limpieza',
  'residuos',
  'serenazgo',
  'seguridad',
  'defensa',
  'civil',
  'inspección',
  'multa',
  'sanción',
  'fraccionamiento',
  'arbitrios',
  'predial',
  'alcabala',
  'contrato',
  'adenda',
  'convenio',
  'donación',
  'subvención',
  'presupuesto',
  'modificación',
  'designación',
  'encargatura',
  'vacaciones',
  'capacitación',
  'auditoría',
  'recurso',
  'apelación',
  'reconsideración',
  'nulidad',
  'rectificación',
  'padrón',
  'catastro',
  'zonificación',
  'subdivisión',
  'acumulación',
  'independización',
  'demolición',
  'ampliación',
  'remodelación',
];
const DISTRICTS = [
  'Cercado',
  'Rímac',
  'La Victoria',
  'Breña',
  'Jesús María',
  'Lince',
  'San Luis',
  'Barrios Altos',
  'Chacra Cerro',
  'Santa Rosa',
];

export interface ReadCase {
  readonly name: string;
  readonly path: string;
  /** Who asks (default: the Gerente): a tray is read by whoever it belongs to. */
  readonly as?: 'gerente' | 'gdu';
  /** Its own p95 target, sequential (the board's aggregates: 100 ms); default READ_TARGETS. */
  readonly targetP95?: number;
}

export interface ReadMeasure extends ReadCase {
  readonly sequential: Distribution;
  readonly concurrent: Distribution;
  /** Bytes of one answer. */
  readonly bytes: number;
  readonly total: number | undefined;
  readonly totalIsEstimate: boolean | undefined;
  readonly errors: number;
}

export interface ReadsResult {
  readonly instances: number;
  readonly seedSeconds: number;
  readonly analyzeSeconds: number;
  readonly transitionEmpty: Distribution;
  readonly transitionBig: Distribution;
  readonly cases: ReadMeasure[];
}

/** Secondary indexes are dropped while the rows go in and built again after: one sort each. */
async function withoutIndexes(pool: pg.Pool, table: string, work: () => Promise<void>) {
  const { rows } = await pool.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.tablename = $1 AND NOT EXISTS (
        SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [table],
  );
  for (const index of rows) await pool.query(`DROP INDEX ${index.name}`);
  try {
    await work();
  } finally {
    const client = await pool.connect();
    try {
      await client.query(`SET maintenance_work_mem = '512MB'`);
      for (const index of rows) await client.query(index.definition);
    } finally {
      client.release();
    }
  }
}

/** `count` instances over the last 3 years, in creation order (as they were filed): two statements at once. */
export async function seedInstances(pool: pg.Pool, sessions: Sessions, count: number) {
  const units = async (municipalityId: string) =>
    (
      await pool.query<{ id: string }>(
        `SELECT id FROM units WHERE municipality_id = $1 ORDER BY code`,
        [municipalityId],
      )
    ).rows.map((r) => r.id);
  const mml = sessions.mml.gerente.municipalityId;
  const megantoni = sessions.megantoni.gerente.municipalityId;
  const started = performance.now();
  const [mmlUnits, megantoniUnits] = [await units(mml), await units(megantoni)];
  async function insertRange(client: pg.PoolClient, from: number, to: number) {
    await client.query(
      `WITH plan AS (
         SELECT g,
                CASE WHEN g % 10 = 0 THEN $2::uuid ELSE $1::uuid END AS municipality_id,
                CASE WHEN g % 10 = 0 THEN $4::uuid[] ELSE $3::uuid[] END AS units,
                CASE WHEN g % 10 IN (1, 4, 7) THEN 'mandates' ELSE 'resolutions' END AS kind,
                -- Newest last, as they were filed; a few minutes of jitter.
                now() - interval '3 years' * (1 - g::float8 / $5) - random() * interval '5 minutes' AS at,
                random() < 0.05 AS open,
                CASE WHEN random() < 0.9 THEN '${COMMON_WORD}' ELSE 'autorización' END AS common,
                $6::text[] AS words, $7::text[] AS districts
           FROM generate_series($8::int, $9::int) g),
       facts AS (
         SELECT p.*, p.units[1 + (g % cardinality(p.units))] AS unit_id,
                extract(year FROM p.at AT TIME ZONE 'America/Lima')::int AS year,
                initcap(common) || ' de ' || words[1 + floor(random() * cardinality(words))::int] || ' y '
                  || words[1 + floor(random() * cardinality(words))::int] || ' en '
                  || districts[1 + floor(random() * cardinality(districts))::int]
                  || CASE WHEN g % 100000 = 5 THEN ' ${RARE_WORD}' ELSE '' END AS subject
           FROM plan p)
       INSERT INTO workflow_instances (municipality_id, kind, machine_version, state, context, version,
         search_text, created_at, updated_at, owner_unit_id, record_year, summary)
       SELECT municipality_id, kind, CASE kind WHEN 'resolutions' THEN 2 ELSE 1 END,
              CASE WHEN kind = 'mandates' THEN CASE WHEN open THEN 'open' ELSE 'closed' END
                   WHEN open THEN (ARRAY['draft', 'legal_review', 'visas', 'ready_to_sign'])[1 + g % 4]
                   ELSE 'firm' END,
              '{}'::jsonb, CASE WHEN open THEN 2 ELSE 6 END,
              CASE WHEN kind = 'resolutions' AND NOT open
                   THEN 'RGM N° ' || g || '-' || year || ' ' ELSE '' END
                || subject || '. VISTOS: el informe técnico y el expediente administrativo. CONSIDERANDO: que corresponde resolver.',
              at, at, unit_id, year,
              CASE WHEN kind = 'mandates' THEN jsonb_build_object(
                     'label', 'Encargo «' || subject || '»', 'title', subject, 'source', 'reunion',
                     'assignerUnitId', units[1], 'responsibleUnitId', unit_id)
                   ELSE jsonb_build_object(
                     'label', CASE WHEN open THEN 'Proyecto de resolución «' || subject || '»'
                                   ELSE 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° ' || g || '-' || year END,
                     'number', CASE WHEN open THEN NULL ELSE 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° ' || g || '-' || year END,
                     'subject', subject, 'scope', 'particular', 'originUnitId', unit_id,
                     'signedAt', CASE WHEN open THEN NULL ELSE to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END)
              END
         FROM facts`,
      [mml, megantoni, mmlUnits, megantoniUnits, count, VOCABULARY, DISTRICTS, from, to],
    );
  }
  await withoutIndexes(pool, 'workflow_instances', async () => {
    const chunk = async (from: number, to: number) => {
      const client = await pool.connect();
      try {
        // Bulk load: the rows are consistent by construction, so foreign-key triggers are skipped.
        await client.query(`SET session_replication_role = replica`);
        await insertRange(client, from, to);
      } finally {
        await client.query(`RESET session_replication_role`).catch(() => undefined);
        client.release();
      }
    };
    // One statement per core.
    const half = Math.floor(count / 2);
    await Promise.all([chunk(1, half), chunk(half + 1, count)]);
  });
  // The open ones carry their open term, as a list shows it.
  await pool.query(
    `INSERT INTO deadlines (municipality_id, instance_id, state, opened_version, code, name, term_days,
       term_unit, starts_on, due_on, due_at, responsible_unit_id, status, created_at)
     SELECT i.municipality_id, i.id, i.state, i.version, 'plazo_bench', 'Plazo', 5, 'business',
            (i.created_at AT TIME ZONE 'America/Lima')::date, (i.created_at AT TIME ZONE 'America/Lima')::date + 7,
            i.created_at + interval '7 days', i.owner_unit_id, 'pending', i.created_at
       FROM workflow_instances i
      WHERE i.state IN ('open', 'draft', 'legal_review', 'visas', 'ready_to_sign')
        AND NOT EXISTS (SELECT 1 FROM deadlines d WHERE d.instance_id = i.id)`,
  );
  // Their work items, as the kinds derive them: the mandate's unit fulfils it, Asesoría Jurídica
  // opines, the originating unit visas, the Gerente signs (drafts wait on nobody).
  await pool.query(
    `INSERT INTO work_items (municipality_id, instance_id, kind, action, name, unit_id, role, label,
       term_code, term_key, deadline_id, term_name, due_on, due_at, since)
     SELECT i.municipality_id, i.id, i.kind, a.action, a.name, a.unit_id, a.role, i.summary->>'label',
            d.code, '', d.id, d.name, d.due_on, d.due_at, i.updated_at
       FROM workflow_instances i
       JOIN deadlines d ON d.instance_id = i.id AND d.closed_at IS NULL AND d.code = 'plazo_bench'
       CROSS JOIN LATERAL (
         SELECT CASE i.state WHEN 'open' THEN 'cumplir_encargo' WHEN 'legal_review' THEN 'emitir_opinion'
                             WHEN 'visas' THEN 'visar' ELSE 'firmar' END AS action,
                CASE i.state WHEN 'open' THEN 'Cumplir el encargo e informar'
                             WHEN 'legal_review' THEN 'Emitir la opinión legal'
                             WHEN 'visas' THEN 'Visar el proyecto' ELSE 'Firmar la resolución' END AS name,
                CASE i.state
                  WHEN 'legal_review' THEN (SELECT u.id FROM units u WHERE u.municipality_id = i.municipality_id
                                              AND u.kind = 'asesoria_juridica' ORDER BY u.code LIMIT 1)
                  WHEN 'ready_to_sign' THEN (SELECT u.id FROM units u WHERE u.municipality_id = i.municipality_id
                                              AND u.kind = 'gerencia_municipal' ORDER BY u.code LIMIT 1)
                  ELSE i.owner_unit_id END AS unit_id,
                CASE WHEN i.state = 'ready_to_sign' THEN 'GERENTE_MUNICIPAL' END AS role) a
      WHERE i.state IN ('open', 'legal_review', 'visas', 'ready_to_sign')
        AND NOT EXISTS (SELECT 1 FROM work_items w WHERE w.instance_id = i.id)`,
  );
  await seedBoard(pool);
  const seedSeconds = (performance.now() - started) / 1000;
  const t = performance.now();
  for (const table of [
    'workflow_instances',
    'deadlines',
    'work_items',
    'state_stays',
    'register_entries',
    'deadline_timers',
  ])
    await pool.query(`VACUUM ANALYZE ${table}`);
  return { seedSeconds, analyzeSeconds: (performance.now() - t) / 1000 };
}

/**
 * What the board aggregates (issue 14): the stays of every closed file in the states it went
 * through (hours to days each, ending when it was last updated), the register entry of every
 * signed resolution, and an escalation for one open deadline in twenty.
 */
async function seedBoard(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // Consistent by construction: foreign keys and the register's keep-forever trigger are skipped.
    await client.query(`SET session_replication_role = replica`);
    await client.query(
      `INSERT INTO state_stays (municipality_id, instance_id, kind, state, entered_at, left_at)
       SELECT i.municipality_id, i.id, i.kind, s.state,
              i.created_at + (s.n - 1) * interval '2 days',
              i.created_at + (s.n - 1) * interval '2 days' + (1 + random() * 47) * interval '1 hour'
         FROM workflow_instances i
         CROSS JOIN LATERAL unnest(CASE WHEN i.kind = 'mandates' THEN ARRAY['open', 'review']
                                        ELSE ARRAY['draft', 'legal_review', 'visas', 'ready_to_sign'] END)
              WITH ORDINALITY AS s(state, n)
        WHERE i.state IN ('closed', 'firm')`,
    );
    await client.query(
      `INSERT INTO register_entries (municipality_id, series, issuing_unit_id, year, sequence, number, instance_id, assigned_at)
       SELECT i.municipality_id, 'resolucion_gerencia_municipal', i.owner_unit_id, i.record_year,
              -- After whatever the signing phase numbered (a few): its own range of the register.
              1000000 + row_number() OVER (PARTITION BY i.municipality_id, i.owner_unit_id, i.record_year ORDER BY i.created_at, i.id),
              i.summary->>'number', i.id, i.created_at + interval '8 days'
         FROM workflow_instances i
        WHERE i.kind = 'resolutions' AND i.state = 'firm'`,
    );
    await client.query(
      `INSERT INTO deadline_timers (deadline_id, instance_id, kind, level, target, fire_at, status, armed_at, fired_at)
       SELECT d.id, d.instance_id, 'escalation', 1, 'GERENTE_MUNICIPAL', d.due_at + interval '2 days', 'fired',
              d.due_at + interval '2 days', d.due_at + interval '2 days'
         FROM deadlines d
        WHERE d.code = 'plazo_bench' AND d.closed_at IS NULL AND d.due_at < now() AND hashtext(d.id::text) % 20 = 0`,
    );
  } finally {
    await client.query(`RESET session_replication_role`).catch(() => undefined);
    client.release();
  }
}

/** The lists measured: every filter, both words, the deepest pages. */
export async function readCases(pool: pg.Pool, sessions: Sessions): Promise<ReadCase[]> {
  const mml = sessions.mml.gerente.municipalityId;
  // A position half a million instances deep, as a nextCursor would carry it.
  const { rows } = await pool.query<{ at: string; id: string }>(
    `SELECT created_at::text AS at, id FROM workflow_instances
      WHERE municipality_id = $1 AND kind = 'resolutions'
      ORDER BY created_at DESC, id DESC OFFSET 500000 LIMIT 1`,
    [mml],
  );
  const deep = rows[0]
    ? Buffer.from(JSON.stringify({ at: rows[0].at, id: rows[0].id })).toString('base64url')
    : '';
  const base = '/api/v1/resolutions';
  const year = new Date().getUTCFullYear() - 1;
  return [
    { name: 'por defecto (página 1)', path: base },
    { name: `?year=${year}`, path: `${base}?year=${year}` },
    { name: '?state=draft', path: `${base}?state=draft` },
    { name: '?state=firm', path: `${base}?state=firm` },
    { name: '?unit=(GDU)', path: `${base}?unit=${sessions.mml.gdu.unitId}` },
    { name: `?q=${COMMON_WORD} (común)`, path: `${base}?q=${COMMON_WORD}` },
    { name: `?q=${RARE_WORD} (rara)`, path: `${base}?q=${RARE_WORD}` },
    // One word of the vocabulary (~3.5 %): where walking by date and the text index cost the most.
    { name: '?q=mercado (media)', path: `${base}?q=mercado` },
    { name: '?year&state&q', path: `${base}?year=${year}&state=firm&q=mercado` },
    { name: 'cursor a 500 000', path: `${base}?cursor=${deep}` },
    { name: '?page=100&pageSize=100 (fila 10 000)', path: `${base}?page=100&pageSize=100` },
    { name: '?pageSize=100', path: `${base}?pageSize=100` },
    { name: 'encargos por defecto', path: '/api/v1/mandates' },
    // Issue 14: the trays, each read by its owner (the Gerente's holds every signature of Lima).
    { name: 'pendientes del Gerente', path: '/api/v1/work-items' },
    { name: 'pendientes vencidos del Gerente', path: '/api/v1/work-items?overdue=true' },
    { name: 'pendientes de GDU', path: '/api/v1/work-items', as: 'gdu' },
    { name: 'conteos de la navegación (GDU)', path: '/api/v1/work-items/counts', as: 'gdu' },
    // Issue 14: the Alcaldía's board (target 100 ms) and its click-through lists.
    { name: 'tablero', path: '/api/v1/board', targetP95: BOARD_P95 },
    {
      name: 'tablero: tiempo en estado, 30 días',
      path: '/api/v1/board/time-in-state?days=30',
      targetP95: BOARD_P95,
    },
    {
      name: 'tablero: tiempo en estado, 90 días',
      path: '/api/v1/board/time-in-state?days=90',
      targetP95: BOARD_P95,
    },
    { name: 'tablero: firmadas del mes', path: '/api/v1/board/signed', targetP95: BOARD_P95 },
    { name: 'tablero: escalamientos', path: '/api/v1/board/escalations', targetP95: BOARD_P95 },
    { name: 'pendientes de la municipalidad', path: '/api/v1/work-items?scope=all' },
    {
      name: 'vencidos de GDU (municipalidad)',
      path: `/api/v1/work-items?scope=all&overdue=true&unitId=${sessions.mml.gdu.unitId}`,
    },
  ];
}

async function timed(http: HttpClient, token: string, path: string) {
  const t0 = performance.now();
  const response = await http.send<{ total?: number; totalIsEstimate?: boolean }>('GET', path, {
    token,
  });
  return { ms: performance.now() - t0, response };
}

/** p95 of each case, one request at a time and then `concurrency` at once. */
export async function measureReads(
  http: HttpClient,
  sessions: Sessions,
  cases: readonly ReadCase[],
  options: { sequential: number; perClient: number },
): Promise<ReadMeasure[]> {
  const measures: ReadMeasure[] = [];
  const tokenOf = (c: ReadCase) => sessions.mml[c.as ?? 'gerente'].token;
  // The server's database pool opens its connections at the first burst: not part of any list.
  const warm = cases[0]?.path ?? '/api/v1/resolutions';
  await Promise.all(
    Array.from({ length: READ_TARGETS.concurrency }, async () => {
      for (let i = 0; i < 5; i++) await timed(http, sessions.mml.gerente.token, warm);
    }),
  );
  for (const c of cases) {
    const token = tokenOf(c);
    let errors = 0;
    const first = await timed(http, token, c.path);
    if (first.response.status !== 200)
      throw new Error(`${c.path}: ${first.response.status} ${first.response.text.slice(0, 300)}`);
    for (let i = 0; i < 3; i++) await timed(http, token, c.path);
    const sequential: number[] = [];
    for (let i = 0; i < options.sequential; i++) {
      const r = await timed(http, token, c.path);
      if (r.response.status !== 200) errors++;
      sequential.push(r.ms);
    }
    const concurrent: number[] = [];
    await Promise.all(
      Array.from({ length: READ_TARGETS.concurrency }, async () => {
        for (let i = 0; i < options.perClient; i++) {
          const r = await timed(http, token, c.path);
          if (r.response.status !== 200) errors++;
          concurrent.push(r.ms);
        }
      }),
    );
    measures.push({
      ...c,
      sequential: distribution(sequential),
      concurrent: distribution(concurrent),
      bytes: Buffer.byteLength(first.response.text),
      total: first.response.body.total,
      totalIsEstimate: first.response.body.totalIsEstimate,
      errors,
    });
  }
  return measures;
}

/** Latency of `pairs` SUBMIT + RETURN cycles on fresh mandates of Lima, one at a time. */
export async function transitionSample(
  http: HttpClient,
  sessions: Sessions,
  pairs: number,
): Promise<Distribution> {
  const s = sessions.mml;
  const samples: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const created = await http.send<{ id: string }>('POST', '/api/v1/mandates', {
      token: s.gerente.token,
      body: {
        title: `Lectura a escala ${i}`,
        instructions: 'Medir una transición.',
        source: 'reunion',
        responsibleUnitId: s.gdu.unitId,
        term: { days: 5, unit: 'business' },
      },
    });
    if (created.status !== 201) throw new Error(`crear encargo: ${created.status} ${created.text}`);
    const path = `/api/v1/mandates/${created.body.id}/events`;
    for (const [token, body] of [
      [s.gdu.token, { type: 'SUBMIT', evidence: `Informe ${i}` }],
      [s.gerente.token, { type: 'RETURN', reason: `Observación ${i}` }],
    ] as const) {
      const t0 = performance.now();
      const response = await http.send('POST', path, { token, body });
      samples.push(performance.now() - t0);
      if (response.status !== 200)
        throw new Error(`transición: ${response.status} ${response.text}`);
    }
  }
  return distribution(samples);
}

const ok = (value: number, target: number) => (value <= target ? '✓' : '✗');

/** The section of the report (Markdown, Spanish). */
export function renderReads(r: ReadsResult): string {
  const lines = [
    `### Lecturas con ${r.instances.toLocaleString('es-PE')} expedientes`,
    '',
    `Sembrado por SQL en ${r.seedSeconds.toFixed(1)} s (índices reconstruidos al final), VACUUM ANALYZE en ${r.analyzeSeconds.toFixed(1)} s. Objetivo: p95 ≤ ${READ_TARGETS.sequentialP95} ms de a uno y ≤ ${READ_TARGETS.concurrentP95} ms con ${READ_TARGETS.concurrency} a la vez. Como mml.gerente (o quien diga la fila), resoluciones de Lima salvo las filas de encargos y de pendientes; los pendientes se siembran para los abiertos como los derivan los tipos. Las filas del tablero tienen su objetivo propio: p95 ≤ ${BOARD_P95} ms de a uno (permanencias de cada expediente cerrado, una entrada de registro por resolución firmada, escalamientos de uno de cada veinte plazos abiertos).`,
    '',
    '| Lista | p50 de a uno | p95 de a uno | p95 con 8 | total | bytes | errores |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...r.cases.map(
      (c) =>
        `| ${c.name} | ${ms(c.sequential.p50)} | ${ms(c.sequential.p95)} ${ok(c.sequential.p95, c.targetP95 ?? READ_TARGETS.sequentialP95)} | ${ms(c.concurrent.p95)} ${ok(c.concurrent.p95, READ_TARGETS.concurrentP95)} | ${c.total ?? '—'}${c.totalIsEstimate ? '+' : ''} | ${c.bytes} | ${c.errors} |`,
    ),
    '',
    `Transición (SUBMIT/RETURN de un encargo, de a una): base casi vacía ${fmtDist(r.transitionEmpty)}; con el millón ${fmtDist(r.transitionBig)} (objetivo: no más lenta).`,
  ];
  return lines.join('\n');
}
