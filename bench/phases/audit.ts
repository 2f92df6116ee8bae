import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { type AuditEntry, auditInsert, systemActor } from '#audit';
import type { HttpClient } from '../support/http.js';
import { type Distribution, distribution, sleep } from '../support/stats.js';

export interface AuditBenchResults {
  /** Events seeded into one municipality's chain (inserted unsealed, then sealed by audit_seal()). */
  readonly seeded: number;
  readonly seedSeconds: number;
  readonly sealSeconds: number;
  /** Events still unsealed when the seeding ended (the periodic sequencer seals as they come). */
  readonly unsealedAtEnd: number;
  readonly full: { readonly seconds: number; readonly walked: number; readonly ok: boolean };
  readonly incremental: {
    readonly seconds: number;
    readonly walked: number;
    readonly since: number;
    readonly ok: boolean;
  };
  /** A light authenticated GET at a fixed rate, idle and during the full verification. */
  readonly probeIdle: Distribution;
  readonly probeDuringFull: Distribution;
  readonly probeRate: number;
}

interface Verification {
  ok: boolean;
  checked: number;
  walked: number;
  since: number;
}

/**
 * Seeds `count` audit events into the municipality's chain as the kernel writes them (content hash
 * computed here, inserted unsealed, in batches), then lets the sequencer function seal them.
 */
async function seedChain(
  pool: pg.Pool,
  municipalityId: string,
  count: number,
): Promise<{ seedSeconds: number; sealSeconds: number; unsealedAtEnd: number }> {
  const started = performance.now();
  const batch = 5000;
  const at = new Date('2025-06-01T15:00:00Z').getTime();
  for (let done = 0; done < count; done += batch) {
    const n = Math.min(batch, count - done);
    // As the kernel writes them: the same statement, content hashes included, unsealed.
    const entries: AuditEntry[] = Array.from({ length: n }, (_, i) => {
      const seq = done + i;
      return {
        municipalityId,
        instanceId: randomUUID(),
        kind: 'mandates',
        type: seq % 2 === 0 ? 'SUBMIT' : 'RETURN',
        from: seq % 2 === 0 ? 'open' : 'review',
        to: seq % 2 === 0 ? 'review' : 'open',
        actor: { ...systemActor(municipalityId), name: 'bench' },
        at: new Date(at + seq * 1000),
        payload: { evidence: `Informe ${seq}`, comment: 'Carga sintética del bench' },
      };
    });
    const insert = auditInsert(entries, 1);
    await pool.query(insert.sql, insert.params);
  }
  const seeded = performance.now();
  const { rows: left } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_events WHERE municipality_id = $1 AND seq IS NULL`,
    [municipalityId],
  );
  for (;;) {
    const { rows } = await pool.query<{ n: number }>(`SELECT audit_seal($1, 5000) AS n`, [
      municipalityId,
    ]);
    if ((rows[0]?.n ?? 0) < 5000) break;
  }
  return {
    seedSeconds: (seeded - started) / 1000,
    sealSeconds: (performance.now() - seeded) / 1000,
    unsealedAtEnd: left[0]?.n ?? 0,
  };
}

/** Seconds until the latest signed checkpoint of the municipality is at its chain head. */
async function waitCheckpointAtHead(
  pool: pg.Pool,
  municipalityId: string,
  timeoutMs: number,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    const { rows } = await pool.query<{ head: string; checkpoint: string }>(
      `SELECT (SELECT seq FROM audit_heads WHERE municipality_id = $1) AS head,
              (SELECT coalesce(max(seq), 0) FROM audit_checkpoints WHERE municipality_id = $1) AS checkpoint`,
      [municipalityId],
    );
    if (rows[0] && rows[0].head === rows[0].checkpoint) return (performance.now() - started) / 1000;
    if (performance.now() - started > timeoutMs)
      throw new Error('el punto de control periódico no alcanzó la cabeza de la cadena');
    await sleep(1000);
  }
}

/** A fixed-rate probe (open loop): latencies of `call` every 1000/rate ms until `until` resolves. */
async function probe(
  call: () => Promise<unknown>,
  rate: number,
  until: Promise<unknown>,
): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const samples: number[] = [];
  const inFlight: Promise<void>[] = [];
  const interval = 1000 / rate;
  const start = performance.now();
  for (let i = 0; !done; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const sent = performance.now();
    inFlight.push(
      call().then(() => {
        samples.push(performance.now() - sent);
      }),
    );
  }
  await Promise.all(inFlight);
  return samples;
}

/**
 * The audit phase: seeds a long chain, times a full verification while probing another endpoint
 * (its p99 against idle), then the incremental verification of what came after the checkpoint.
 */
export async function auditPhase(options: {
  pool: pg.Pool;
  http: HttpClient;
  adminToken: string;
  readerToken: string;
  municipalityId: string;
  /** A GET the probe repeats (e.g. a mandate of the same municipality). */
  probePath: string;
  events: number;
  incrementalEvents: number;
  probeRate: number;
  log: (message: string) => void;
}): Promise<AuditBenchResults> {
  const { pool, http, log } = options;
  const verify = async (query = ''): Promise<{ result: Verification; seconds: number }> => {
    const started = performance.now();
    const response = await http.send<Verification>('GET', `/api/v1/audit/verify${query}`, {
      token: options.adminToken,
    });
    if (response.status !== 200)
      throw new Error(`verificar: ${response.status} ${response.text.slice(0, 200)}`);
    return { result: response.body, seconds: (performance.now() - started) / 1000 };
  };
  const get = () => http.send('GET', options.probePath, { token: options.readerToken });

  log(`auditoría: sembrando ${options.events} eventos en una cadena…`);
  const seeded = await seedChain(pool, options.municipalityId, options.events);
  log(
    `auditoría: sembrados en ${seeded.seedSeconds.toFixed(1)} s, sellados en ${seeded.sealSeconds.toFixed(1)} s`,
  );
  await pool.query('VACUUM ANALYZE audit_events');
  // The server's periodic checkpoint walks what was just seeded: let it finish before measuring, so
  // that "idle" is idle and the full walk is the only one under way.
  const caughtUp = await waitCheckpointAtHead(pool, options.municipalityId, 600_000);
  log(`auditoría: punto de control periódico en la cabeza tras ${caughtUp.toFixed(0)} s`);

  const idleFor = sleep(10_000);
  const probeIdle = distribution(await probe(get, options.probeRate, idleFor));
  let full: { result: Verification; seconds: number } | undefined;
  const fullRun = verify('?full=true').then((v) => (full = v));
  const probeDuringFull = distribution(await probe(get, options.probeRate, fullRun));
  if (!full) throw new Error('la verificación completa no respondió');
  log(
    `auditoría: verificación completa ${full.result.walked} eslabones en ${full.seconds.toFixed(1)} s (ok ${full.result.ok})`,
  );

  await seedChain(pool, options.municipalityId, options.incrementalEvents);
  const incremental = await verify();
  log(
    `auditoría: incremental ${incremental.result.walked} eslabones desde ${incremental.result.since} en ${incremental.seconds.toFixed(2)} s`,
  );
  return {
    seeded: options.events,
    ...seeded,
    full: { seconds: full.seconds, walked: full.result.walked, ok: full.result.ok },
    incremental: {
      seconds: incremental.seconds,
      walked: incremental.result.walked,
      since: incremental.result.since,
      ok: incremental.result.ok,
    },
    probeIdle,
    probeDuringFull,
    probeRate: options.probeRate,
  };
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

/** The report's section (Markdown, Spanish). */
export function renderAuditChain(r: AuditBenchResults): string {
  const dist = (d: Distribution) =>
    `${f(d.p50)} | ${f(d.p95)} | ${f(d.p99)} | ${f(d.max)} | ${d.count}`;
  return [
    '#### Cadena de auditoría a escala',
    '',
    `${r.seeded} eventos sembrados en la cadena de Lima como los escribe el núcleo (hash de contenido calculado, sin sellar, lotes de 5 000) en ${f(r.seedSeconds)} s; el secuenciador periódico los fue sellando mientras llegaban: al terminar quedaban ${r.unsealedAtEnd} sin sellar, sellados en ${f(r.sealSeconds)} s.`,
    '',
    `- Verificación completa (\`?full=true\`, hilo aparte): ${r.full.walked} eslabones en ${f(r.full.seconds)} s (${f(r.full.walked / r.full.seconds, 0)}/s), ${r.full.ok ? 'íntegra' : '**rota**'}.`,
    `- Verificación desde el último punto de control: ${r.incremental.walked} eslabones nuevos desde el ${r.incremental.since}, en ${f(r.incremental.seconds, 2)} s, ${r.incremental.ok ? 'íntegra' : '**rota**'}.`,
    '',
    `Otro pedido (\`GET\` de un encargo, ${r.probeRate}/s a ritmo fijo) en reposo y durante la verificación completa:`,
    '',
    '| Momento | p50 | p95 | p99 | max (ms) | Muestras |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| En reposo | ${dist(r.probeIdle)} |`,
    `| Durante la verificación completa | ${dist(r.probeDuringFull)} |`,
    '',
  ].join('\n');
}

/** The two audit targets. */
export function auditTargets(
  r: AuditBenchResults,
): { name: string; goal: string; value: string; met: boolean }[] {
  const ratio = r.probeDuringFull.p99 / r.probeIdle.p99;
  return [
    {
      name: `Verificación desde el último punto de control (${r.incremental.walked} eventos)`,
      goal: '≤ 1 s',
      value: `${f(r.incremental.seconds, 2)} s`,
      met: r.incremental.ok && r.incremental.seconds <= 1,
    },
    {
      name: `p99 de otro pedido durante la verificación completa de ${r.full.walked} eventos`,
      goal: '≤ 2 × reposo',
      value: `${f(r.probeDuringFull.p99)} ms (reposo ${f(r.probeIdle.p99)} ms, ${f(ratio, 2)}×)`,
      met: r.full.ok && ratio <= 2,
    },
  ];
}
