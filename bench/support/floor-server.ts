import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { actorOf, rawTransition, type Templates } from '../phases/transitions-raw.js';
import type { Mandate, Municipality, Sessions } from '../phases/transitions-http.js';

/**
 * The floor of a transition over HTTP in Node: node:http and node-postgres running the hand-written
 * transaction (the kernel's five round trips), with no framework, authentication, validation,
 * XState or rendering. Its CPU per transition is the least any Node server spends on the same
 * request; run as a child process of the bench (FLOOR_INPUT names its input), it prints its port.
 */

export interface FloorInput {
  readonly databaseUrl: string;
  readonly connections: number;
  readonly municipality: Municipality;
  readonly sessions: Sessions;
  readonly templates: Templates;
}

const EVENTS = /^\/api\/v1\/mandates\/([0-9a-f-]{36})\/events$/;
const ONE = /^\/api\/v1\/mandates\/([0-9a-f-]{36})$/;

const input = JSON.parse(readFileSync(process.env.FLOOR_INPUT ?? '', 'utf8'), (key, value) =>
  // The deadline plan's instants travel as ISO strings.
  (key === 'due_at' || key === 'fire_at') && typeof value === 'string' ? new Date(value) : value,
) as FloorInput;

const pool = new pg.Pool({
  connectionString: input.databaseUrl,
  max: input.connections,
  application_name: 'bench-floor',
});

const reply = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
};

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

let serial = 0;

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? '';
  const event = EVENTS.exec(url);
  if (req.method === 'POST' && event) {
    const body = JSON.parse(await readBody(req)) as { type: 'SUBMIT' | 'RETURN' };
    const mandate: Mandate = {
      id: event[1] as string,
      municipality: input.municipality,
      state: body.type === 'SUBMIT' ? 'open' : 'review',
      version: Number(req.headers['if-match']),
    };
    const client = await pool.connect();
    try {
      await rawTransition(
        client,
        input.templates,
        actorOf(input.sessions, mandate),
        mandate,
        ++serial,
      );
      reply(res, 200, { id: mandate.id, state: mandate.state, version: mandate.version });
    } catch (error) {
      const code = error instanceof Error ? error.message : 'error';
      reply(res, /^\d{3}$/.test(code) ? Number(code) : 500, { code });
    } finally {
      client.release();
    }
    return;
  }
  const one = ONE.exec(url);
  if (req.method === 'GET' && one) {
    const { rows } = await pool.query<{ state: string; version: number }>(
      'SELECT state, version FROM workflow_instances WHERE id = $1',
      [one[1]],
    );
    reply(res, rows[0] ? 200 : 404, rows[0] ?? { code: '404' });
    return;
  }
  reply(res, 404, { code: '404' });
}

const server = createServer({ keepAlive: true }, (req, res) => {
  handle(req, res).catch((error: unknown) => reply(res, 500, { code: String(error) }));
});

// Connections opened before the clock starts, as the raw baseline's.
const held = await Promise.all(Array.from({ length: input.connections }, () => pool.connect()));
for (const client of held) client.release();
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`port ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().finally(() => process.exit(0));
});
