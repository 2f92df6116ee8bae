/**
 * `npm run bench`: starts its own PostgreSQL (and Redis with --redis) and Despacho as a child
 * process, measures transitions over HTTP against a hand-written SQL baseline and the punctuality of
 * deadline timers on the system clock, prints a report and writes docs/performance.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  httpClosedLoop,
  createMandates,
  login,
  type Mandate,
  MUNICIPALITIES,
  openLoop,
  type Sessions,
  warmUp,
} from './phases/transitions-http.js';
import { loadTemplates, rawClosedLoop, rawPool, type Templates } from './phases/transitions-raw.js';
import { signHealth } from './phases/sign-health.js';
import {
  pgbenchBinary,
  pgbenchScript,
  preparePgbench,
  runPgbench,
} from './phases/transitions-pgbench.js';
import {
  delayedTimerJobs,
  insertTimerSet,
  type TimerSet,
  timersOf,
  unsentOutbox,
  waitArmed,
  waitFired,
} from './phases/timers.js';
import { measureReads, readCases, seedInstances, transitionSample } from './phases/reads.js';
import { auditPhase } from './phases/audit.js';
import { renderMarkdown, renderText, type Results, writeDoc } from './report.js';
import { HttpClient } from './support/http.js';
import { resetStatements, topStatements } from './support/pgstats.js';
import type { FloorInput } from './support/floor-server.js';
import {
  cpuProbe,
  FloorProcess,
  machine,
  machineLoad,
  newJwtSecret,
  type Postgres,
  type Redis,
  ServerProcess,
  startPostgres,
  startRedis,
} from './support/processes.js';
import { waitAutovacuum, waitIdle } from './support/queues.js';
import { distribution, sleep } from './support/stats.js';

const { values: args } = parseArgs({
  options: {
    redis: { type: 'boolean', default: false },
    clients: { type: 'string', default: '16' },
    duration: { type: 'string', default: '20' },
    'open-duration': { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    mandates: { type: 'string', default: '200' },
    'timer-concurrency': { type: 'string', default: '1' },
    far: { type: 'string', default: '100000' },
    spread: { type: 'string', default: '2000' },
    burst: { type: 'string', default: '10000' },
    control: { type: 'string', default: '2000' },
    phases: { type: 'string', default: 'transitions,timers,sign,audit,reads' },
    signs: { type: 'string', default: '10' },
    /** With --redis: also 2 API processes (DESPACHO_ROLE=api) + 2 workers (apps/worker). */
    'no-split': { type: 'boolean', default: false },
    'no-sign-baseline': { type: 'boolean', default: false },
    // `--phases audit`: a chain of this many events verified in full, then from its checkpoint.
    'audit-events': { type: 'string', default: '2000000' },
    'audit-incremental': { type: 'string', default: '20000' },
    // `--phases reads`: lists over this many seeded instances.
    'reads-instances': { type: 'string', default: '1000000' },
    'cpu-prof': { type: 'boolean', default: false },
    // Extra Node flags for the server under test, e.g. `--server-flags=--trace-gc`.
    'server-flags': { type: 'string', default: '' },
    // A fixed open-loop rate instead of half the measured peak (to compare two builds at one rate).
    'open-rate': { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
    'no-doc': { type: 'boolean', default: false },
  },
});

const phases = new Set(String(args.phases).split(','));
const options = {
  redis: args.redis === true,
  clients: Number(args.clients),
  duration: Number(args.duration),
  openDuration: Number(args['open-duration']),
  warmup: Number(args.warmup),
  mandatesPerMunicipality: Number(args.mandates),
  timerConcurrency: Number(args['timer-concurrency']),
  far: Number(args.far),
  spread: Number(args.spread),
  burst: Number(args.burst),
  control: Number(args.control),
  cpuProf: args['cpu-prof'] === true,
  serverFlags: String(args['server-flags']).split(' ').filter(Boolean),
  openRate: Number(args['open-rate']) || undefined,
  signs: Number(args.signs),
  split: args.redis === true && args['no-split'] !== true,
  signBaseline: args['no-sign-baseline'] !== true,
};
const complete = phases.has('transitions') && phases.has('timers');

const log = (message: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** What every phase uses: the services the bench started and the demo sessions. */
interface Bench {
  readonly dir: string;
  readonly postgres: Postgres;
  readonly redis: Redis | undefined;
  readonly pool: pg.Pool;
  readonly jwtSecret: string;
  server: ServerProcess | undefined;
  sessions: Sessions;
  results: Partial<Results>;
}

const pidsOf = (bench: Bench) => ({
  server: bench.server?.pid ?? 0,
  postgres: bench.postgres.pid,
  redis: bench.redis?.process.pid ?? 0,
});

async function startServer(
  bench: Bench,
  name: string,
  env: Readonly<Record<string, string>> = {},
): Promise<ServerProcess> {
  const started = performance.now();
  bench.server = await ServerProcess.start(
    {
      databaseUrl: bench.postgres.url,
      redisUrl: bench.redis?.url,
      timerConcurrency: options.timerConcurrency,
      logFile: join(bench.dir, `server-${name}.log`),
      nodeFlags: [
        ...options.serverFlags,
        ...(options.cpuProf
          ? ['--cpu-prof', `--cpu-prof-dir=${join(bench.dir, `prof-${name}`)}`]
          : []),
      ],
      env,
    },
    bench.jwtSecret,
  );
  log(
    `Despacho listo en :${bench.server.port} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return bench.server;
}

async function stopServer(bench: Bench): Promise<void> {
  await bench.server?.stop();
  bench.server = undefined;
}

async function main(): Promise<void> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'despacho-bench-'));
  let postgres: Postgres | undefined;
  let redis: Redis | undefined;
  let pool: pg.Pool | undefined;
  let bench: Bench | undefined;
  let failed = false;
  const stopAll = async () => {
    await bench?.server?.stop().catch(() => undefined);
    await pool?.end().catch(() => undefined);
    redis?.process.kill('SIGTERM');
    await postgres?.server.stop().catch(() => undefined);
  };
  // Ctrl-C: tear everything down as on any other error.
  const interrupted = () => {
    log('interrumpido: deteniendo servidor, PostgreSQL y Redis…');
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    const results: Partial<Results> = { options, machine: machine() };
    // The machine may be shared: say how busy it was before we started anything.
    results.idleLoad = await machineLoad(3000);
    log(`carga de la máquina en reposo: ${results.idleLoad.toFixed(2)} núcleos`);
    log(`directorio temporal ${dir}`);
    // The cluster goes in `dir` itself (as in the e2e setup): as root, PostgreSQL runs as the
    // `postgres` user, which can reach a directory right under the OS temp dir.
    postgres = await startPostgres(dir, 'despacho_bench');
    results.postgresVersion = postgres.version;
    log(`PostgreSQL ${postgres.version}`);
    if (options.redis) {
      redis = await startRedis();
      results.redisVersion = redis.version;
      log(`Redis ${redis.version} en ${redis.url}`);
    }
    pool = new pg.Pool({ connectionString: postgres.url, max: 4, application_name: 'bench' });
    results.commitProbe = await commitProbe(pool);
    bench = {
      dir,
      postgres,
      redis,
      pool,
      jwtSecret: newJwtSecret(),
      server: undefined,
      sessions: {} as Sessions,
      results,
    };
    const t = performance.now();
    await startServer(bench, '1');
    results.bootSeconds = (performance.now() - t) / 1000;
    const http = new HttpClient(bench.server?.port ?? 0, 2);
    bench.sessions = await login(http);
    http.close();

    if (phases.has('transitions')) await transitionPhases(bench);
    if (phases.has('timers')) await timerPhases(bench);
    if (phases.has('sign')) await signPhase(bench);
    if (phases.has('audit')) await auditBenchPhase(bench);
    if (phases.has('reads')) await readsPhase(bench);

    const server = bench.server ?? (await startServer(bench, 'audit'));
    bench.sessions = await login(new HttpClient(server.port, 1));
    results.audit = await verifyAudit(server.port, bench.sessions);
    log(
      `cadena de auditoría: ${results.audit.map((a) => `${a.municipality} ${a.ok ? 'íntegra' : 'ROTA'} (${a.checked} eventos, ${a.seconds.toFixed(1)} s)`).join('; ')}`,
    );
    results.totalSeconds = (performance.now() - started) / 1000;

    if (complete) {
      console.log(renderText(results as Results));
      if (args['no-doc'] !== true) {
        await writeDoc('docs/performance.md', renderMarkdown(results as Results));
        log('docs/performance.md actualizado');
      }
    } else
      console.log(
        JSON.stringify(results, (key, value: unknown) => (key === 'csv' ? undefined : value), 2),
      );
  } catch (error) {
    failed = true;
    log(`FALLÓ: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (bench?.server) log(`últimas líneas del servidor:\n${bench.server.lastLines()}`);
    process.exitCode = 1;
  } finally {
    await stopAll();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    if (options.cpuProf || args.keep === true || failed)
      log(`datos, logs, perfiles y CSV en ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** What one fsync'd commit costs on this disk: the floor under any transaction's latency. */
async function commitProbe(pool: pg.Pool) {
  await pool.query('CREATE TABLE IF NOT EXISTS bench_commit_probe (n int)');
  const samples: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t0 = performance.now();
    await pool.query('INSERT INTO bench_commit_probe VALUES ($1)', [i]);
    samples.push(performance.now() - t0);
  }
  return distribution(samples);
}

/**
 * As pgbench does before each run: VACUUM ANALYZE, so a measurement does not catch the first
 * autovacuum of tables the previous phase just filled (on 2 cores it stalls everything for ~0.5 s).
 */
async function settle(pool: pg.Pool): Promise<void> {
  await pool.query('VACUUM ANALYZE');
}

/** A million instances seeded with SQL; every list, filter and search over HTTP; a transition before and after. */
async function readsPhase(bench: Bench): Promise<void> {
  const server = bench.server ?? (await startServer(bench, 'reads'));
  const http = new HttpClient(server.port, 8);
  try {
    const transitionEmpty = await transitionSample(http, bench.sessions, 50);
    const instances = Number(args['reads-instances']);
    log(`lecturas: sembrando ${instances} expedientes…`);
    const seeded = await seedInstances(bench.pool, bench.sessions, instances);
    log(
      `lecturas: sembrados en ${seeded.seedSeconds.toFixed(1)} s, ANALYZE ${seeded.analyzeSeconds.toFixed(1)} s`,
    );
    // Access tokens last minutes and the phases before took longer: sign in again.
    bench.sessions = await login(http);
    const cases = await measureReads(
      http,
      bench.sessions,
      await readCases(bench.pool, bench.sessions),
      {
        sequential: 40,
        perClient: 10,
      },
    );
    const transitionBig = await transitionSample(http, bench.sessions, 50);
    bench.results.reads = { instances, ...seeded, transitionEmpty, transitionBig, cases };
    for (const c of cases)
      log(
        `lecturas: ${c.name}: p95 ${c.sequential.p95.toFixed(1)} ms de a uno, ${c.concurrent.p95.toFixed(1)} ms con 8`,
      );
  } finally {
    http.close();
  }
}

/** A long audit chain: full verification (and another request's latency meanwhile), then incremental. */
async function auditBenchPhase(bench: Bench): Promise<void> {
  const server = bench.server ?? (await startServer(bench, 'audit-chain'));
  const http = new HttpClient(server.port, 8);
  try {
    const lima = bench.sessions.mml;
    const probe = await http.send<{ items: { id: string }[] }>(
      'GET',
      '/api/v1/mandates?pageSize=1',
      {
        token: lima.gerente.token,
      },
    );
    const mandateId = probe.body.items[0]?.id;
    bench.results.auditChain = await auditPhase({
      pool: bench.pool,
      http,
      adminToken: lima.admin.token,
      readerToken: lima.gerente.token,
      municipalityId: lima.admin.municipalityId,
      probePath: mandateId ? `/api/v1/mandates/${mandateId}` : '/api/v1/mandates?pageSize=1',
      events: Number(args['audit-events']),
      incrementalEvents: Number(args['audit-incremental']),
      probeRate: 50,
      log,
    });
  } finally {
    http.close();
  }
}

/** All the load on Lima alone: the realistic case, and the one the targets are measured on. */
const ONE = 'mml';

/**
 * Transitions over HTTP: closed loop on one municipality (Lima alone) and on two, open loop at half
 * the one-municipality peak; with --redis, the closed loop again on 2 API + 2 worker processes.
 * Then, with the server stopped, the hand-written SQL and pgbench on Lima's own instances.
 */
async function transitionPhases(bench: Bench): Promise<void> {
  const { pool, sessions, results } = bench;
  const redisUrl = bench.redis?.url;
  const server = bench.server ?? (await startServer(bench, 'http'));
  const http = new HttpClient(server.port, options.clients * 2);
  try {
    const forHttp = await createMandates(
      http,
      sessions,
      options.mandatesPerMunicipality,
      8,
      'http',
    );
    const forRaw = await createMandates(http, sessions, options.mandatesPerMunicipality, 8, 'raw');
    const created = forHttp.mandates.length + forRaw.mandates.length;
    results.creation = { mandates: created, rate: created / (forHttp.seconds + forRaw.seconds) };
    log(`${created} encargos creados por HTTP (${results.creation.rate.toFixed(0)}/s)`);
    await waitIdle(pool, redisUrl);
    const lima = forHttp.mandates.filter((m) => m.municipality === ONE);

    log(
      `HTTP: calentamiento ${options.warmup} s, luego ${options.duration} s con ${options.clients} clientes, todo en ${ONE}`,
    );
    await warmUp(http, sessions, forHttp.mandates, options.clients, options.warmup);
    await waitIdle(pool, redisUrl);
    await settle(pool);
    await resetStatements(pool);
    let cpu = cpuProbe(pidsOf(bench));
    const closed = await httpClosedLoop(http, sessions, lima, options.clients, options.duration);
    results.httpCpu = cpu.stop();
    results.httpStatements = await topStatements(pool);
    results.httpClosed = closed;
    log(
      `HTTP lazo cerrado, una municipalidad: ${closed.rate.toFixed(0)} transiciones/s, p99 ${closed.latency.p99.toFixed(1)} ms, errores: ${closed.errors.toString()}`,
    );
    results.drainAfterHttpSeconds = await waitIdle(pool, redisUrl);
    await settle(pool);

    const two = await httpClosedLoop(
      http,
      sessions,
      forHttp.mandates,
      options.clients,
      options.duration,
    );
    results.httpClosedTwo = two;
    log(
      `HTTP lazo cerrado, dos municipalidades: ${two.rate.toFixed(0)} transiciones/s, p99 ${two.latency.p99.toFixed(1)} ms, errores: ${two.errors.toString()}`,
    );
    await waitIdle(pool, redisUrl);
    await settle(pool);

    const rate = options.openRate ?? Math.max(1, closed.rate / 2);
    log(
      `HTTP lazo abierto: ${rate.toFixed(0)}/s durante ${options.openDuration} s, todo en ${ONE}`,
    );
    cpu = cpuProbe(pidsOf(bench));
    const open = await openLoop(http, sessions, lima, rate, options.openDuration);
    results.httpOpenCpu = cpu.stop();
    results.httpOpen = open;
    writeFileSync(join(bench.dir, 'open-loop.csv'), open.timeline);
    log(
      `HTTP lazo abierto: p50 ${open.latency.p50.toFixed(1)} ms, p99 ${open.latency.p99.toFixed(1)} ms (desde la agenda: p99 ${open.latencyFromSchedule.p99.toFixed(1)} ms)`,
    );
    await waitIdle(pool, redisUrl);
    http.close();
    // The baselines run alone: no relay, worker or sweeper competing for the machine.
    await stopServer(bench);

    if (options.split) results.split = await splitPhase(bench, lima);

    const limaRaw = forRaw.mandates.filter((m) => m.municipality === ONE);
    const templates = await loadTemplates(pool, sessions);
    await floorPhase(bench, templates, limaRaw, rate);
    log(
      `SQL a mano: servidor detenido; calentamiento ${options.warmup} s, luego ${options.duration} s con ${options.clients} conexiones, todo en ${ONE}`,
    );
    const raw = await rawPool(bench.postgres.url, options.clients);
    try {
      await rawClosedLoop(raw, sessions, templates, limaRaw, options.clients, options.warmup);
      await settle(pool);
      await resetStatements(pool);
      cpu = cpuProbe(pidsOf(bench));
      const baseline = await rawClosedLoop(
        raw,
        sessions,
        templates,
        limaRaw,
        options.clients,
        options.duration,
      );
      results.rawCpu = cpu.stop();
      results.rawStatements = await topStatements(pool);
      results.raw = baseline;
      log(
        `SQL a mano: ${baseline.rate.toFixed(0)} transiciones/s, p99 ${baseline.latency.p99.toFixed(1)} ms, errores: ${baseline.errors.toString()}`,
      );
    } finally {
      await raw.end();
    }

    const binary = pgbenchBinary();
    if ('missing' in binary) {
      results.pgbenchMissing = binary.missing;
      log(`pgbench: se omite la fila: ${binary.missing}`);
    } else {
      await preparePgbench(pool, limaRaw);
      const script = pgbenchScript(
        templates[ONE].review,
        sessions[ONE].gdu,
        limaRaw.length,
        options.clients,
      );
      const run = (name: string, seconds: number) =>
        runPgbench({
          url: bench.postgres.url,
          dir: bench.dir,
          name,
          script,
          clients: options.clients,
          seconds,
        });
      log(
        `pgbench ${binary.version}: calentamiento ${options.warmup} s, luego ${options.duration} s con ${options.clients} clientes, -M prepared, todo en ${ONE}`,
      );
      await run('pgbench-warmup', Math.max(1, options.warmup));
      await settle(pool);
      cpu = cpuProbe(pidsOf(bench));
      const measured = await run('pgbench', options.duration);
      results.pgbenchCpu = cpu.stop();
      results.pgbench = { ...measured, version: binary.version };
      log(
        `pgbench: ${measured.rate.toFixed(0)} transacciones/s, p99 ${measured.latency.p99.toFixed(1)} ms, fallidas ${measured.failed}`,
      );
      // The floor of the open-loop target: the same transaction, at the HTTP open loop's rate.
      await settle(pool);
      const warm = Math.max(1, options.warmup);
      const paced = await runPgbench({
        url: bench.postgres.url,
        dir: bench.dir,
        name: 'pgbench-open',
        script,
        clients: options.clients,
        seconds: options.openDuration + warm,
        rate,
        skipSeconds: warm,
      });
      results.pgbenchOpen = paced;
      log(
        `pgbench lazo abierto a ${rate.toFixed(0)}/s: p99 ${paced.latency.p99.toFixed(1)} ms (desde la agenda: ${paced.latencyFromSchedule?.p99.toFixed(1) ?? '—'} ms), fallidas ${paced.failed}`,
      );
    }
    // Its outbox rows are what the kernel would write; relaying them would only load the timer phase.
    const marked = await pool.query(
      `UPDATE outbox SET sent_at = clock_timestamp() WHERE sent_at IS NULL`,
    );
    results.rawOutboxMarkedSent = marked.rowCount ?? 0;
  } finally {
    http.close();
  }
}

/**
 * The floor of CPU per transition in Node: the hand-written transaction behind node:http, no
 * framework (floor-server.ts), in closed loop over HTTP on Lima, as Despacho's own closed loop;
 * then in open loop at Despacho's open-loop rate (the floor of the p99 target for a Node server).
 */
async function floorPhase(
  bench: Bench,
  templates: Templates,
  lima: Mandate[],
  openRate: number,
): Promise<void> {
  const input: FloorInput = {
    databaseUrl: bench.postgres.url,
    connections: options.clients,
    municipality: ONE,
    sessions: bench.sessions,
    templates,
  };
  const inputFile = join(bench.dir, 'floor-input.json');
  writeFileSync(inputFile, JSON.stringify(input));
  const floor = await FloorProcess.start(inputFile, join(bench.dir, 'floor.log'));
  const http = new HttpClient(floor.port, options.clients * 2);
  try {
    log(
      `Piso de Node (node:http + pg, sin marco): calentamiento ${options.warmup} s, luego ${options.duration} s con ${options.clients} clientes, todo en ${ONE}`,
    );
    await httpClosedLoop(http, bench.sessions, lima, options.clients, options.warmup);
    await settle(bench.pool);
    const cpu = cpuProbe({ ...pidsOf(bench), server: floor.pid });
    const measured = await httpClosedLoop(
      http,
      bench.sessions,
      lima,
      options.clients,
      options.duration,
    );
    bench.results.floorCpu = cpu.stop();
    bench.results.floor = measured;
    log(
      `Piso de Node: ${measured.rate.toFixed(0)} transiciones/s, p99 ${measured.latency.p99.toFixed(1)} ms, CPU ${((bench.results.floorCpu.server * 1000) / measured.rate).toFixed(2)} ms por transición, errores: ${measured.errors.toString()}`,
    );
    await settle(bench.pool);
    const open = await openLoop(http, bench.sessions, lima, openRate, options.openDuration);
    bench.results.floorOpen = open;
    writeFileSync(join(bench.dir, 'floor-open-loop.csv'), open.timeline);
    log(
      `Piso de Node, lazo abierto a ${openRate.toFixed(0)}/s: p50 ${open.latency.p50.toFixed(1)} ms, p99 ${open.latency.p99.toFixed(1)} ms (desde la agenda: p99 ${open.latencyFromSchedule.p99.toFixed(1)} ms)`,
    );
  } finally {
    http.close();
    await floor.stop();
  }
}

/**
 * 2 API processes (DESPACHO_ROLE=api) and 2 workers (apps/worker) on Redis, the client taking the
 * APIs in turn: the closed loop on Lima alone, as the single process's.
 */
async function splitPhase(bench: Bench, lima: Mandate[]): Promise<Results['split']> {
  const redisUrl = bench.redis?.url;
  const processes: ServerProcess[] = [];
  const start = async (name: string, worker: boolean) => {
    const started = await ServerProcess.start(
      {
        databaseUrl: bench.postgres.url,
        redisUrl,
        timerConcurrency: options.timerConcurrency,
        logFile: join(bench.dir, `server-${name}.log`),
        nodeFlags: [],
        env: worker ? {} : { DESPACHO_ROLE: 'api' },
        worker,
      },
      bench.jwtSecret,
    );
    processes.push(started);
    return started;
  };
  try {
    const apis = [await start('api-1', false), await start('api-2', false)];
    await start('worker-1', true);
    await start('worker-2', true);
    log(`2 API (:${apis.map((a) => a.port).join(', :')}) + 2 workers sobre Redis`);
    const http = new HttpClient(
      apis.map((a) => a.port),
      options.clients * 2,
    );
    try {
      await warmUp(http, bench.sessions, lima, options.clients, options.warmup);
      await waitIdle(bench.pool, redisUrl);
      await settle(bench.pool);
      const closed = await httpClosedLoop(
        http,
        bench.sessions,
        lima,
        options.clients,
        options.duration,
      );
      log(
        `2+2 procesos, lazo cerrado: ${closed.rate.toFixed(0)} transiciones/s, p99 ${closed.latency.p99.toFixed(1)} ms, errores: ${closed.errors.toString()}`,
      );
      await waitIdle(bench.pool, redisUrl);
      return { apis: 2, workers: 2, closed };
    } finally {
      http.close();
    }
  } finally {
    for (const process of processes) await process.stop();
  }
}

async function timerPhases(bench: Bench): Promise<void> {
  const { pool, sessions, results } = bench;
  const redisUrl = bench.redis?.url;
  const server = bench.server ?? (await startServer(bench, 'timers'));
  log(`temporizadores con TIMER_CONCURRENCY=${options.timerConcurrency}`);
  await waitIdle(pool, redisUrl);
  const reminders = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      kind: 'reminder' as const,
      level: i + 1,
      offsetMs: i * 3_600_000,
    }));

  // (a) far-future timers, armed by the relay as delayed jobs
  const far: TimerSet = {
    name: 'Plazo sintético (bench: lejanos)',
    deadlines: Math.ceil(options.far / 4),
    timers: [...reminders(3), { kind: 'expiry', level: 0, offsetMs: 3 * 3_600_000 }],
    start: new Date(Date.now() + 24 * 3_600_000),
    windowMs: 24 * 3_600_000,
  };
  log(`temporizadores: insertando ${timersOf(far)} lejanos (+1 día)…`);
  await resetStatements(pool);
  const cpu = cpuProbe(pidsOf(bench));
  const farInsertSeconds = await insertTimerSet(pool, sessions, far);
  const inserted = Date.now();
  const armedAt = await waitArmed(pool, 180_000);
  const farCpu = cpu.stop();
  const farStatements = await topStatements(pool);
  if (armedAt === undefined)
    throw new Error(
      `el relé no armó los temporizadores lejanos (${await unsentOutbox(pool)} sin enviar)`,
    );
  const armSeconds = (armedAt - inserted) / 1000;
  const farResult = {
    timers: timersOf(far),
    insertSeconds: farInsertSeconds,
    armSeconds,
    armRate: timersOf(far) / armSeconds,
    delayedJobs: await delayedTimerJobs(pool),
    cpu: farCpu,
    statements: farStatements,
  };
  log(
    `temporizadores: ${farResult.timers} lejanos insertados en ${farInsertSeconds.toFixed(1)} s; trabajos diferidos en la cola: ${farResult.delayedJobs}`,
  );
  await waitIdle(pool, redisUrl);
  await waitAutovacuum(pool);
  // The transitions left ~30 000 dead timer rows and the far set 100 000 new ones: without this,
  // their first autovacuum lands in the middle of the spread timers (instrumented: expiries p50 29
  // ms during it against 8 ms for the reminders before it).
  await settle(pool);

  /** Inserts a set, lets the relay arm it, waits until it has fired, and reads it back. */
  const fire = async (set: TimerSet, csvName: string, lastDue: number) => {
    const sweepsBefore = server.sweeps.length;
    await insertTimerSet(pool, sessions, set);
    const armed = await waitArmed(pool, set.start.getTime() - Date.now() + 30_000);
    const wait = set.start.getTime() - Date.now();
    if (wait > 0) await sleep(wait);
    await resetStatements(pool);
    const probe = cpuProbe(pidsOf(bench));
    const result = await waitFired(pool, set, lastDue + 120_000);
    const used = probe.stop();
    const statements = await topStatements(pool);
    writeFileSync(join(bench.dir, `${csvName}.csv`), result.csv);
    const sweeperFired = server.sweeps.slice(sweepsBefore).reduce((n, x) => n + x.fired, 0);
    await waitIdle(pool, redisUrl);
    return {
      ...result,
      at: set.start.toISOString(),
      armedBeforeMs: set.start.getTime() - (armed ?? Infinity),
      sweeperFired,
      cpu: used,
      statements,
    };
  };
  const soon = (ms: number) => new Date(Math.ceil((Date.now() + ms) / 1000) * 1000);

  // The first timers after arming 100 000 pay for what the bulk load left behind (reported apart).
  const firstStart = soon(3000);
  const first = await fire(
    {
      name: 'Plazo sintético (bench: primeros)',
      deadlines: 100,
      timers: [{ kind: 'reminder', level: 1, offsetMs: 0 }],
      start: firstStart,
      windowMs: 1000,
    },
    'primeros',
    firstStart.getTime() + 1000,
  );
  log(
    `primeros tras armar: p50 ${first.lateness.p50.toFixed(0)} ms, máx ${first.lateness.max.toFixed(0)} ms`,
  );

  // (a') timers due over ~20 s: lateness, half reminders, half expiries
  const spreadStart = soon(4000);
  log(
    `temporizadores: ${options.spread} que vencen en 20 s a partir de ${spreadStart.toISOString()}`,
  );
  const spread = await fire(
    {
      name: 'Plazo sintético (bench: puntualidad)',
      deadlines: Math.ceil(options.spread / 2),
      timers: [
        { kind: 'reminder', level: 1, offsetMs: 0 },
        { kind: 'expiry', level: 0, offsetMs: 10_000 },
      ],
      start: spreadStart,
      windowMs: 10_000,
    },
    'puntualidad',
    spreadStart.getTime() + 20_000,
  );
  log(
    `puntualidad: p50 ${spread.lateness.p50.toFixed(1)} ms, p99 ${spread.lateness.p99.toFixed(1)} ms, tempranos ${spread.early}`,
  );

  // (b) a burst of expiries due at the same instant (every deadline due that day ends at 24:00)
  const lead = Math.max(8000, ((2 * options.burst) / farResult.armRate) * 1000 + 4000);
  const burstAt = soon(lead);
  log(`ráfaga: ${options.burst} vencimientos a las ${burstAt.toISOString()}`);
  const burst = await fire(
    {
      name: 'Plazo sintético (bench: ráfaga)',
      deadlines: options.burst,
      timers: [{ kind: 'expiry', level: 0, offsetMs: 0 }],
      start: burstAt,
      windowMs: 0,
    },
    'rafaga',
    burstAt.getTime(),
  );
  log(
    `ráfaga: último disparo ${(burst.spanMs / 1000).toFixed(2)} s después; p99 ${burst.lateness.p99.toFixed(0)} ms; tempranos ${burst.early}`,
  );

  // Control: the same burst of reminders, which do not append to the audit chain.
  const controlAt = soon(8000);
  const control = await fire(
    {
      name: 'Plazo sintético (bench: control)',
      deadlines: options.control,
      timers: [{ kind: 'reminder', level: 1, offsetMs: 0 }],
      start: controlAt,
      windowMs: 0,
    },
    'control',
    controlAt.getTime(),
  );
  log(
    `control (${options.control} recordatorios a la vez): último disparo ${(control.spanMs / 1000).toFixed(2)} s después`,
  );

  results.timers = {
    concurrency: options.timerConcurrency,
    far: farResult,
    first,
    spread,
    burst,
    control,
  };
}

/**
 * /health while maximal resolutions are signed (issue 13, point 3): with the PDFs rendered on the
 * main thread (RENDER_THREADS=0, as before the render pool) when --sign-baseline, then as deployed.
 */
async function signPhase(bench: Bench): Promise<void> {
  const runs: Array<[string, Record<string, string>]> = [];
  if (options.signBaseline) runs.push(['0', { RENDER_THREADS: '0' }]);
  runs.push(['por defecto', {}]);
  const out = [];
  for (const [label, env] of runs) {
    await stopServer(bench);
    const server = await startServer(bench, `sign-${label === '0' ? 'inline' : 'pool'}`, env);
    log(`firma: ${options.signs} resoluciones máximas, RENDER_THREADS=${label}`);
    const result = await signHealth(server.port, options.signs, label);
    log(
      `firma (RENDER_THREADS=${label}): ${result.bodyBytes} B por cuerpo; firmas en ${result.signSeconds.toFixed(1)} s; /health p50 ${result.health.p50.toFixed(1)} ms, p99 ${result.health.p99.toFixed(1)} ms, máx ${result.health.max.toFixed(1)} ms (en reposo p99 ${result.idleHealth.p99.toFixed(1)} ms); errores: ${result.errors.toString()}`,
    );
    out.push(result);
    await waitIdle(bench.pool, bench.redis?.url);
  }
  bench.results.sign = out;
}

async function verifyAudit(port: number, sessions: Sessions): Promise<Results['audit']> {
  const http = new HttpClient(port, 1);
  const out: Results['audit'] = [];
  try {
    for (const m of MUNICIPALITIES) {
      const t0 = performance.now();
      const response = await http.send<{ ok: boolean; checked: number }>(
        'GET',
        '/api/v1/audit/verify',
        { token: sessions[m].admin.token },
      );
      if (response.status !== 200)
        throw new Error(`audit/verify ${m}: ${response.status} ${response.text}`);
      out.push({
        municipality: m,
        ok: response.body.ok,
        checked: response.body.checked,
        seconds: (performance.now() - t0) / 1000,
      });
    }
  } finally {
    http.close();
  }
  return out;
}

await main();
