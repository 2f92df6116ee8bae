import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
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

  const start = async (): Promise<Server> => {
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
});
