import { performance } from 'node:perf_hooks';
import { HttpClient } from '../support/http.js';
import { type Distribution, distribution, sleep, Tally } from '../support/stats.js';

/**
 * Issue 13, point 3: `/health` while maximal resolutions are signed. Creates `count` resolutions
 * with the largest body the API accepts (CreateResolutionDto's limits, under the 1 MiB body
 * limit), drives them over HTTP to ready_to_sign (SUBMIT → favourable LEGAL_OPINION → visas), then
 * signs them all at once while a single client polls `/health` every ~10 ms.
 */

export interface SignHealthResult {
  readonly resolutions: number;
  /** Bytes of each creation body (JSON, UTF-8). */
  readonly bodyBytes: number;
  /** RENDER_THREADS of the server ('default' when the bench did not set it). */
  readonly renderThreads: string;
  readonly prepareSeconds: number;
  /** From the first SIGN sent to the last answered. */
  readonly signSeconds: number;
  readonly signLatency: Distribution;
  readonly signErrors: number;
  /** Every failure, SIGN and /health, by label ('SIGN 409 …', 'health 503'). */
  readonly errors: Tally;
  /** /health latency before the SIGNs (same poller, 1 s). */
  readonly idleHealth: Distribution;
  /** /health latency while the SIGNs were in flight. */
  readonly health: Distribution;
  readonly healthErrors: number;
}

const MUNICIPALITY = 'mml';
const HEALTH_EVERY_MS = 10;
/** Fastify's bodyLimit (apps/api/src/create-app.ts). */
const BODY_LIMIT = 1_048_576;

interface Resource {
  id: string;
  state: string;
  pendingVisas: string[];
  hasBudgetImpact: boolean;
}

const SENTENCE =
  'la Gerencia de Asuntos Jurídicos opina que la solicitud cumple los requisitos del TUPA vigente; ';

/** A paragraph of exactly `length` characters (Spanish text, a few of them outside ASCII). */
const paragraph = (prefix: string, length: number) =>
  `${`${prefix} ${SENTENCE.repeat(Math.ceil(length / SENTENCE.length) + 1)}`.slice(0, length - 1)}.`;

/** The largest creation body: 50 vistos of 2 000, 100 considerandos and 50 articles of 5 000, 50 addressees. */
export function maximalBody(serial: number): Record<string, unknown> {
  return {
    subject: `Bench ${serial}: aprobar la ampliación de plazo de la obra del mercado de Chacra Cerro`,
    scope: 'particular',
    hasBudgetImpact: true,
    vistos: Array.from({ length: 50 }, (_, i) =>
      paragraph(`Informe N° ${i + 1}-2026-MML/GDU:`, 2000),
    ),
    considerandos: Array.from({ length: 100 }, (_, i) => paragraph(`Que, (${i + 1})`, 5000)),
    articles: Array.from({ length: 50 }, (_, i) => paragraph(`APROBAR (${i + 1})`, 5000)),
    addressees: Array.from({ length: 50 }, (_, i) => ({
      name: paragraph(`Constructora ${i + 1} S.A.C.`, 300),
      documentId: String(20_512_345_600 + i),
      email: `mesadepartes${i + 1}@losandes.pe`,
    })),
  };
}

async function login(
  http: HttpClient,
  username: string,
): Promise<{ token: string; unitId: string }> {
  const response = await http.send<{ accessToken: string; user: { unit: { id: string } | null } }>(
    'POST',
    '/api/v1/auth/login',
    { body: { username, password: 'despacho' } },
  );
  if (response.status !== 200)
    throw new Error(`login ${username}: ${response.status} ${response.text}`);
  return { token: response.body.accessToken, unitId: response.body.user.unit?.id ?? '' };
}

/** Polls /health one request at a time, one every `HEALTH_EVERY_MS`, until stopped. */
function pollHealth(
  port: number,
  tally: Tally,
): { stop: () => Promise<{ samples: number[]; errors: number }> } {
  const http = new HttpClient(port, 1);
  const samples: number[] = [];
  let errors = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const t0 = performance.now();
      try {
        const response = await http.send('GET', '/health');
        samples.push(performance.now() - t0);
        if (response.status !== 200) {
          errors++;
          tally.add(`health ${response.status}`);
        }
      } catch (error) {
        errors++;
        tally.add(`health ${error instanceof Error ? error.message : String(error)}`);
      }
      const wait = HEALTH_EVERY_MS - (performance.now() - t0);
      if (wait > 0) await sleep(wait);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      http.close();
      return { samples, errors };
    },
  };
}

export async function signHealth(
  port: number,
  count: number,
  renderThreads: string,
): Promise<SignHealthResult> {
  const http = new HttpClient(port, count + 2);
  try {
    const [gdu, juridica, presupuesto, gerente] = await Promise.all(
      ['gdu', 'juridica', 'presupuesto', 'gerente'].map((role) =>
        login(http, `${MUNICIPALITY}.${role}`),
      ),
    );
    if (!gdu || !juridica || !presupuesto || !gerente) throw new Error('login');
    const visors = [gdu, juridica, presupuesto];
    const event = async (who: { token: string }, id: string, body: Record<string, unknown>) => {
      const response = await http.send<Resource>('POST', `/api/v1/resolutions/${id}/events`, {
        token: who.token,
        body,
      });
      if (response.status !== 200)
        throw new Error(
          `${String(body['type'])}: ${response.status} ${response.text.slice(0, 300)}`,
        );
      return response.body;
    };

    const started = performance.now();
    const bodyBytes = Buffer.byteLength(JSON.stringify(maximalBody(1)));
    if (bodyBytes > BODY_LIMIT)
      throw new Error(`el cuerpo máximo (${bodyBytes} B) excede el límite de ${BODY_LIMIT} B`);
    // Prepared two at a time: each step moves ~0.9 MB of context through the kernel.
    const ready: string[] = [];
    const prepare = async (serial: number) => {
      const created = await http.send<Resource>('POST', '/api/v1/resolutions', {
        token: gdu.token,
        body: maximalBody(serial),
      });
      if (created.status !== 201)
        throw new Error(`crear resolución: ${created.status} ${created.text.slice(0, 300)}`);
      let current = await event(gdu, created.body.id, { type: 'SUBMIT' });
      current = await event(juridica, current.id, {
        type: 'LEGAL_OPINION',
        favorable: true,
        reportRef: `Informe N° ${serial}-2026-MML/GAJ`,
      });
      for (const visor of visors)
        if (current.pendingVisas.includes(visor.unitId))
          current = await event(visor, current.id, { type: 'VISA' });
      if (current.state !== 'ready_to_sign')
        throw new Error(`la resolución quedó en ${current.state}, no en ready_to_sign`);
      ready.push(current.id);
    };
    let next = 1;
    await Promise.all(
      [0, 1].map(async () => {
        for (let serial = next++; serial <= count; serial = next++) await prepare(serial);
      }),
    );
    const prepareSeconds = (performance.now() - started) / 1000;

    const tally = new Tally();
    const idlePoller = pollHealth(port, tally);
    await sleep(1000);
    const idle = await idlePoller.stop();

    const poller = pollHealth(port, tally);
    const signStarted = performance.now();
    const latencies: number[] = [];
    let signErrors = 0;
    await Promise.all(
      ready.map(async (id) => {
        const t0 = performance.now();
        try {
          await event(gerente, id, { type: 'SIGN' });
          latencies.push(performance.now() - t0);
        } catch (error) {
          signErrors++;
          tally.add(error instanceof Error ? error.message.slice(0, 120) : String(error));
        }
      }),
    );
    const signSeconds = (performance.now() - signStarted) / 1000;
    const during = await poller.stop();
    return {
      resolutions: count,
      bodyBytes,
      renderThreads,
      prepareSeconds,
      signSeconds,
      signLatency: distribution(latencies),
      signErrors,
      errors: tally,
      idleHealth: distribution(idle.samples),
      health: distribution(during.samples),
      healthErrors: during.errors + idle.errors,
    };
  } finally {
    http.close();
  }
}
