import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What `npm start` does on a fresh machine, on the built server: embedded PostgreSQL, migrations,
 * demo data, API and worker in one process; Ctrl-C stops everything; a restart reuses the data.
 */
const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const portOpen = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => resolve(socket.destroy() && true));
    socket.once('error', () => resolve(false));
  });

interface Server {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

describe('npm start (embedded mode)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'despacho-start-'));
  let port: number;
  let pgPort: number;
  beforeAll(async () => {
    port = await freePort();
    pgPort = await freePort();
  });
  // Each test stops its server; what they leave on disk goes with the suite.
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = async (extraEnv: Record<string, string> = {}): Promise<Server> => {
    const {
      DATABASE_URL: _d,
      REDIS_URL: _r,
      JWT_SECRET: _j,
      QUEUE_BACKEND: _q,
      ...env
    } = process.env;
    const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
      env: {
        ...env,
        DATA_DIR: dataDir,
        PORT: String(port),
        EMBEDDED_PG_PORT: String(pgPort),
        LOG_LEVEL: 'warn',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    const deadline = Date.now() + 60_000;
    while (!output.includes('Despacho está listo')) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`no arrancó:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { child, output: () => output, exited };
  };

  const api = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}${path}`, init);
  const login = async (username: string) => {
    const response = await api('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'despacho' }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { accessToken: string; user: { id: string } },
    };
  };

  let firstToken = '';
  let firstUserId = '';

  it('starts, answers /health, prints the URLs and demo logins, and lets the demo users in', async () => {
    const server = await start();
    expect(server.output()).toMatch(/\/api\/docs/);
    expect(server.output()).toMatch(/mml\.gerente/);
    expect((await api('/health')).status).toBe(200);
    const mml = await login('mml.gerente');
    expect(mml.status).toBe(200);
    expect((await login('megantoni.gerente')).status).toBe(200);
    firstToken = mml.body.accessToken;
    firstUserId = mml.body.user.id;

    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(await portOpen(port)).toBe(false);
    expect(await portOpen(pgPort)).toBe(false); // PostgreSQL stopped too
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('reuses the data and the secrets on a second start', async () => {
    const server = await start();
    const again = await login('mml.gerente');
    expect(again.body.user.id).toBe(firstUserId);
    const me = await api('/api/v1/me', { headers: { authorization: `Bearer ${firstToken}` } });
    expect(me.status).toBe(200); // same JWT secret, kept in DATA_DIR
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('recovers after being killed with SIGKILL', async () => {
    const killed = await start();
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(await portOpen(pgPort)).toBe(true); // the orphaned PostgreSQL is still up…
    const server = await start(); // …and the next start takes over the data cleanly
    expect(server.output()).toMatch(/ejecución anterior/);
    expect((await login('megantoni.alcalde')).status).toBe(200);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(await portOpen(pgPort)).toBe(false);
  });

  it('loses no acknowledged transition and no timer when the whole system is killed with SIGKILL', async () => {
    const server = await start({ CLOCK: 'manual' });
    // Logins are rate-limited per account: one token each.
    const tokens = new Map<string, string>();
    const token = async (username: string) => {
      if (!tokens.has(username)) tokens.set(username, (await login(username)).body.accessToken);
      return tokens.get(username) ?? '';
    };
    const call = async (
      username: string,
      method: string,
      path: string,
      body?: object,
      headers = {},
    ) => {
      const response = await api(path, {
        method,
        headers: {
          authorization: `Bearer ${await token(username)}`,
          'content-type': 'application/json',
          ...headers,
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const units = (await call('mml.gerente', 'GET', '/api/v1/units')).body.items as Array<{
      id: string;
      code: string;
    }>;
    const gdu = units.find((u) => u.code === 'GDU')?.id;
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const created = await call('mml.gerente', 'POST', '/api/v1/mandates', {
        title: `Encargo ${i}`,
        instructions: 'Sobrevivir a kill -9',
        source: 'memorando',
        responsibleUnitId: gdu,
        term: { days: 5, unit: 'business' },
      });
      expect(created.status).toBe(201);
      ids.push(String(created.body.id));
    }

    // Each mandate goes back and forth (SUBMIT, RETURN) until the whole system dies under it.
    const acknowledged = new Map<string, number>();
    let killed = false;
    const cycle = async (id: string) => {
      for (let version = 1; !killed; version++) {
        const event =
          version % 2 === 1
            ? { type: 'SUBMIT', evidence: 'Informe' }
            : { type: 'RETURN', reason: 'Observado' };
        const who = event.type === 'SUBMIT' ? 'mml.gdu' : 'mml.gerente';
        try {
          const response = await call(who, 'POST', `/api/v1/mandates/${id}/events`, event, {
            'if-match': String(version),
          });
          if (response.status !== 200)
            throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
          acknowledged.set(id, Number(response.body.version));
        } catch (error) {
          if (killed) return;
          throw error;
        }
      }
    };
    const load = Promise.all(ids.map(cycle));
    // Killed in full flight: once every mandate has an acknowledged transition (a loaded machine
    // takes longer to get there), and a little more so that some are in the middle of one.
    const until = Date.now() + 60_000;
    while (acknowledged.size < ids.length && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const postmaster = Number(
      readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    killed = true;
    server.child.kill('SIGKILL');
    process.kill(postmaster, 'SIGKILL');
    await server.exited;
    await load;
    expect(acknowledged.size).toBe(ids.length);

    const restarted = await start({ CLOCK: 'manual' });
    for (const id of ids) {
      const mandate = (await call('mml.gerente', 'GET', `/api/v1/mandates/${id}`)).body;
      expect(Number(mandate.version)).toBeGreaterThanOrEqual(acknowledged.get(id) ?? Infinity);
      expect(mandate.deadlines).toEqual([expect.objectContaining({ status: 'pending' })]);
    }
    expect((await call('mml.admin', 'GET', '/api/v1/audit/verify')).body).toMatchObject({
      ok: true,
    });
    // Every open term's timers survived: in two months all of them have run out.
    const later = new Date(Date.now() + 60 * 86_400_000).toISOString();
    expect((await call('mml.admin', 'POST', '/api/v1/admin/clock', { now: later })).status).toBe(
      200,
    );
    for (const id of ids) {
      const mandate = (await call('mml.gerente', 'GET', `/api/v1/mandates/${id}`)).body;
      expect(mandate.deadlines).toEqual([expect.objectContaining({ status: 'expired' })]);
    }
    restarted.child.kill('SIGINT');
    expect(await restarted.exited).toBe(0);
  });
});
