import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, readdirSync, readFileSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { EmbeddedPostgresServer } from '#database';
import { sleep } from './stats.js';

/** The Node flags `npm start` gives the server (package.json), so the bench runs it as deployed. */
export const DEPLOYED_NODE_FLAGS: readonly string[] = (() => {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const start = manifest.scripts['start'] ?? '';
  return start.split(/\s+/).filter((word) => word.startsWith('--'));
})();

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

export interface Postgres {
  readonly server: EmbeddedPostgresServer;
  readonly url: string;
  readonly version: string;
  /** The postmaster: its children are the backends, whose CPU time we account. */
  readonly pid: number;
}

/**
 * The same embedded PostgreSQL the tests use (binaries from the npm package, its own temp cluster),
 * restarted once with pg_stat_statements preloaded so the report can say which statements dominate.
 */
export async function startPostgres(dataDir: string, database: string): Promise<Postgres> {
  const port = await freePort();
  const first = await EmbeddedPostgresServer.start({ dataDir, port, database });
  const admin = new pg.Client({ connectionString: first.url });
  await admin.connect();
  await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await admin.query(`ALTER SYSTEM SET pg_stat_statements.track = 'all'`);
  await admin.end();
  await first.stop();
  const server = await EmbeddedPostgresServer.start({ dataDir, port, database });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const version = (
      await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)
    ).rows[0]?.v;
    const backend = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]
      ?.pid;
    return { server, url: server.url, version: version ?? '?', pid: parentOf(backend ?? 0) };
  } finally {
    await client.end();
  }
}

export interface Redis {
  readonly url: string;
  readonly version: string;
  readonly process: ChildProcess;
}

export async function startRedis(): Promise<Redis> {
  const binary = spawnSync('sh', ['-c', 'command -v redis-server'], {
    encoding: 'utf8',
  }).stdout.trim();
  if (!binary) throw new Error('--redis: no hay redis-server en el PATH');
  const port = await freePort();
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const cli = join(binary, '..', 'redis-cli');
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      spawnSync(cli, ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG'
    ) {
      const version = /redis_version:(\S+)/.exec(
        spawnSync(cli, ['-p', String(port), 'info', 'server'], { encoding: 'utf8' }).stdout,
      )?.[1];
      return { url: `redis://127.0.0.1:${port}`, version: version ?? '?', process: child };
    }
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server no respondió en el puerto ${port}`);
}

export interface ServerOptions {
  readonly databaseUrl: string;
  readonly redisUrl: string | undefined;
  readonly timerConcurrency: number;
  readonly logFile: string;
  /** Extra node flags, e.g. --cpu-prof. */
  readonly nodeFlags: readonly string[];
  /** Extra environment (e.g. RENDER_THREADS, DESPACHO_ROLE=api). */
  readonly env?: Readonly<Record<string, string>>;
  /** The worker entry point (apps/worker, no HTTP) instead of the API's. */
  readonly worker?: boolean;
}

/** Despacho as a child process (API and worker in one, as `npm start`), on the bench database. */
export class ServerProcess {
  private exited: Promise<number | null>;
  private readonly log: WriteStream;
  private tail: string[] = [];
  /** Lines the sweeper logged when it fired overdue timers, with how many it fired. */
  readonly sweeps: Array<{ at: number; fired: number }> = [];

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    logFile: string,
  ) {
    this.log = createWriteStream(logFile, { flags: 'a' });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const capture = (chunk: Buffer) => {
      this.log.write(chunk);
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        this.tail.push(line);
        if (this.tail.length > 40) this.tail.shift();
        if (line.includes('El barrido disparó')) {
          const fired = /"fired":(\d+)/.exec(line)?.[1];
          this.sweeps.push({ at: Date.now(), fired: Number(fired ?? 0) });
        }
      }
    };
    child.stdout?.on('data', capture);
    child.stderr?.on('data', capture);
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  static async start(options: ServerOptions, jwtSecret: string): Promise<ServerProcess> {
    const port = await freePort();
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'production',
      DESPACHO_ROLE: 'all',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      JWT_SECRET: jwtSecret,
      MIGRATE_ON_BOOT: 'true',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      TIMER_CONCURRENCY: String(options.timerConcurrency),
    };
    if (options.redisUrl) env.REDIS_URL = options.redisUrl;
    // The worker says it is ready at info level (it has no /health to poll).
    if (options.worker) env.LOG_LEVEL = 'info';
    Object.assign(env, options.env);
    const entry = options.worker ? 'dist/apps/worker/src/main.js' : 'dist/apps/api/src/main.js';
    const child = spawn(process.execPath, [...DEPLOYED_NODE_FLAGS, ...options.nodeFlags, entry], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(child, port, options.logFile);
    if (options.worker) await server.waitLine('Worker de Despacho en marcha');
    else await server.waitHealthy();
    return server;
  }

  /** A worker has no HTTP: ready once it logged `text`. */
  private async waitLine(text: string): Promise<void> {
    const deadline = Date.now() + 90_000;
    let exited = false;
    void this.exited.then(() => (exited = true));
    while (Date.now() < deadline && !exited) {
      if (this.tail.some((line) => line.includes(text))) return;
      await sleep(100);
    }
    throw new Error(
      `El worker no arrancó (${exited ? 'terminó' : 'tiempo agotado'}):\n${this.tail.join('\n')}`,
    );
  }

  private async waitHealthy(): Promise<void> {
    const deadline = Date.now() + 90_000;
    let exited = false;
    void this.exited.then(() => (exited = true));
    while (Date.now() < deadline && !exited) {
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/health`);
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error(
      `El servidor no respondió /health (${exited ? 'terminó' : 'tiempo agotado'}):\n${this.tail.join('\n')}`,
    );
  }

  lastLines(): string {
    return this.tail.join('\n');
  }

  /** SIGTERM (orderly shutdown: HTTP, workers, queues, pool), SIGKILL after 20 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.closeLog();
    this.child.kill('SIGTERM');
    const timeout = sleep(20_000).then(() => 'timeout' as const);
    if ((await Promise.race([this.exited, timeout])) === 'timeout') {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    await this.closeLog();
  }

  private closeLog(): Promise<void> {
    return new Promise((resolve) => this.log.end(resolve));
  }
}

/** The Node floor (floor-server.ts) as a child process: ready once it printed its port. */
export class FloorProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  get pid(): number {
    return this.child.pid ?? 0;
  }

  static start(inputFile: string, logFile: string): Promise<FloorProcess> {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'floor-server.js')], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', FLOOR_INPUT: inputFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = createWriteStream(logFile, { flags: 'a' });
    child.stderr?.pipe(log);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('El piso de Node no arrancó')), 30_000);
      child.once('exit', (code) => reject(new Error(`El piso de Node terminó (${code})`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        const port = /port (\d+)/.exec(chunk.toString('utf8'))?.[1];
        if (!port) return;
        clearTimeout(timer);
        resolve(new FloorProcess(child, Number(port)));
      });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000).then(() => this.child.kill('SIGKILL'))]);
  }
}

export const newJwtSecret = () => randomBytes(48).toString('base64url');

// ---------------------------------------------------------------- CPU accounting (Linux /proc)

const TICKS_PER_SECOND = Number(
  spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100,
);

interface ProcStat {
  ppid: number;
  /** utime + stime + cutime + cstime, in ticks. */
  ticks: number;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: split after its closing one.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const n = (i: number) => Number(fields[i - 3]);
    return { ppid: n(4), ticks: n(14) + n(15) + n(16) + n(17) };
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number {
  return procStat(pid)?.ppid ?? 0;
}

/** CPU seconds of a process and all its live children (PostgreSQL backends are the postmaster's). */
function treeSeconds(root: number): number {
  if (root <= 0) return 0;
  let ticks = procStat(root)?.ticks ?? 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat?.ppid === root) ticks += stat.ticks;
  }
  return ticks / TICKS_PER_SECOND;
}

function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}

export interface CpuUse {
  /** Average cores busy over the interval. */
  readonly server: number;
  readonly postgres: number;
  readonly bench: number;
  readonly redis: number;
  /** Everything else on the machine (other users' processes, the kernel). */
  readonly others: number;
  readonly machine: number;
}

export interface CpuProbe {
  stop(): CpuUse;
}

/** Starts measuring; `stop()` returns average cores used per process over the interval. */
export function cpuProbe(pids: { server: number; postgres: number; redis: number }): CpuProbe {
  const started = performance.now();
  const bench = process.cpuUsage();
  const server = treeSeconds(pids.server);
  const postgres = treeSeconds(pids.postgres);
  const redis = treeSeconds(pids.redis);
  const machine = machineTicks();
  return {
    stop() {
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(bench);
      const after = machineTicks();
      const cores = cpus().length;
      const use = {
        server: (treeSeconds(pids.server) - server) / seconds,
        postgres: (treeSeconds(pids.postgres) - postgres) / seconds,
        redis: (treeSeconds(pids.redis) - redis) / seconds,
        bench: (used.user + used.system) / 1e6 / seconds,
        machine: ((after.busy - machine.busy) / Math.max(1, after.total - machine.total)) * cores,
      };
      const ours = use.server + use.postgres + use.redis + use.bench;
      return { ...use, others: Math.max(0, use.machine - ours) };
    },
  };
}

/** Average cores busy on the whole machine over `milliseconds` (load from anything). */
export async function machineLoad(milliseconds: number): Promise<number> {
  const before = machineTicks();
  await sleep(milliseconds);
  const after = machineTicks();
  return ((after.busy - before.busy) / Math.max(1, after.total - before.total)) * cpus().length;
}

export interface Machine {
  readonly cores: number;
  readonly cpuModel: string;
  readonly ramGb: number;
  readonly node: string;
  readonly kernel: string;
}

export function machine(): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? '?';
  return {
    cores: Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim() || cpus().length),
    cpuModel: model,
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    kernel: spawnSync('uname', ['-r'], { encoding: 'utf8' }).stdout.trim(),
  };
}
