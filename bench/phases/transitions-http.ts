import { performance } from 'node:perf_hooks';
import { closedLoop, type ClosedLoopResult } from '../support/closed-loop.js';
import type { HttpClient } from '../support/http.js';
import { type Distribution, distribution, sleep, Tally } from '../support/stats.js';

export const MUNICIPALITIES = ['mml', 'megantoni'] as const;
export type Municipality = (typeof MUNICIPALITIES)[number];

export interface Session {
  readonly username: string;
  readonly token: string;
  readonly userId: string;
  readonly unitId: string;
  readonly municipalityId: string;
}

/** Per municipality: the Gerente Municipal assigns and reviews, the Gerencia de Desarrollo Urbano fulfils. */
export type Sessions = Record<Municipality, { gerente: Session; gdu: Session; admin: Session }>;

export interface Mandate {
  readonly id: string;
  readonly municipality: Municipality;
  state: 'open' | 'review';
  version: number;
}

interface LoginBody {
  accessToken: string;
  user: { id: string; unit: { id: string } | null; municipality: { id: string } };
}

export async function login(http: HttpClient): Promise<Sessions> {
  const one = async (username: string): Promise<Session> => {
    const response = await http.send<LoginBody>('POST', '/api/v1/auth/login', {
      body: { username, password: 'despacho' },
    });
    if (response.status !== 200)
      throw new Error(`login ${username}: ${response.status} ${response.text}`);
    const { accessToken, user } = response.body;
    return {
      username,
      token: accessToken,
      userId: user.id,
      unitId: user.unit?.id ?? '',
      municipalityId: user.municipality.id,
    };
  };
  const sessions = {} as Sessions;
  for (const m of MUNICIPALITIES)
    sessions[m] = {
      gerente: await one(`${m}.gerente`),
      gdu: await one(`${m}.gdu`),
      admin: await one(`${m}.admin`),
    };
  return sessions;
}

/** Creates `perMunicipality` mandates in each municipality over HTTP, interleaved. */
export async function createMandates(
  http: HttpClient,
  sessions: Sessions,
  perMunicipality: number,
  concurrency: number,
  label: string,
): Promise<{ mandates: Mandate[]; seconds: number }> {
  const jobs: Municipality[] = [];
  for (let i = 0; i < perMunicipality; i++) jobs.push(...MUNICIPALITIES);
  const mandates: Mandate[] = new Array<Mandate>(jobs.length);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) {
      const m = jobs[i] as Municipality;
      const response = await http.send<{ id: string; state: string; version: number }>(
        'POST',
        '/api/v1/mandates',
        {
          token: sessions[m].gerente.token,
          body: {
            title: `Encargo de prueba de carga ${label} ${i + 1}`,
            instructions:
              'Consolidar el avance físico y financiero de las obras de pistas y veredas.',
            source: 'reunion',
            sourceReference: 'Reunión de gerentes (bench)',
            responsibleUnitId: sessions[m].gdu.unitId,
            term: { days: 5, unit: 'business' },
          },
        },
      );
      if (response.status !== 201)
        throw new Error(`crear encargo: ${response.status} ${response.text}`);
      mandates[i] = { id: response.body.id, municipality: m, state: 'open', version: 1 };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { mandates, seconds: (performance.now() - started) / 1000 };
}

interface Outcome {
  readonly ok: boolean;
  /** Status and problem code when not 200. */
  readonly label: string;
}

/** One transition: SUBMIT by the responsible unit when open, RETURN by the assigner when in review. */
async function transition(
  http: HttpClient,
  sessions: Sessions,
  mandate: Mandate,
  serial: number,
): Promise<Outcome> {
  const s = sessions[mandate.municipality];
  const submit = mandate.state === 'open';
  const response = await http.send<{ state: 'open' | 'review'; version: number; code?: string }>(
    'POST',
    `/api/v1/mandates/${mandate.id}/events`,
    {
      token: submit ? s.gdu.token : s.gerente.token,
      headers: { 'if-match': String(mandate.version) },
      body: submit
        ? { type: 'SUBMIT', evidence: `Informe N° ${serial}-2026` }
        : { type: 'RETURN', reason: `Observación ${serial}` },
    },
  );
  if (response.status === 200) {
    mandate.state = response.body.state;
    mandate.version = response.body.version;
    return { ok: true, label: '200' };
  }
  // Resynchronise so one failure does not turn the rest of the run into 412s.
  const current = await http.send<{ state: 'open' | 'review'; version: number }>(
    'GET',
    `/api/v1/mandates/${mandate.id}`,
    { token: s.gerente.token },
  );
  if (current.status === 200) {
    mandate.state = current.body.state;
    mandate.version = current.body.version;
  }
  return { ok: false, label: `${response.status} ${response.body?.code ?? ''}`.trim() };
}

export type { ClosedLoopResult };

/** Closed loop over HTTP: see `closedLoop`. */
export function httpClosedLoop(
  http: HttpClient,
  sessions: Sessions,
  mandates: Mandate[],
  clients: number,
  seconds: number,
): Promise<ClosedLoopResult> {
  return closedLoop(mandates, clients, seconds, async (mandate, serial) => {
    const outcome = await transition(http, sessions, mandate, serial);
    return outcome.ok ? undefined : outcome.label;
  });
}

export interface OpenLoopResult {
  readonly targetRate: number;
  readonly seconds: number;
  readonly sent: number;
  readonly ok: number;
  readonly achievedRate: number;
  /** From the moment the request was written to the socket to the full response. */
  readonly latency: Distribution;
  /** From the moment the request was due by the schedule (includes any lag of the generator). */
  readonly latencyFromSchedule: Distribution;
  /** How late the generator sent each request relative to the schedule. */
  readonly lag: Distribution;
  readonly errors: Tally;
  /** Arrivals for which every mandate was still busy (none expected). */
  readonly starved: number;
  readonly maxInFlight: number;
  /** One line per request: when it was sent (ms from the start), its latency, its error if any. */
  readonly timeline: string;
}

/**
 * Open loop: requests arrive at a fixed rate whatever the responses do (a fixed interval
 * 1/rate), each on a mandate that is not in flight. Latency is reported both from the actual
 * send and from the scheduled instant, so coordinated omission cannot hide a stall.
 */
export async function openLoop(
  http: HttpClient,
  sessions: Sessions,
  mandates: Mandate[],
  rate: number,
  seconds: number,
): Promise<OpenLoopResult> {
  const idle: Mandate[] = [...mandates];
  const latencies: number[] = [];
  const fromSchedule: number[] = [];
  const lags: number[] = [];
  const errors = new Tally();
  const interval = 1000 / rate;
  const total = Math.floor(rate * seconds);
  let sent = 0;
  let starved = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const pending: Promise<void>[] = [];
  const started = performance.now();
  const timeline = ['sent_ms,latency_ms,error'];

  const launch = (due: number) => {
    const mandate = idle.shift();
    if (!mandate) {
      starved++;
      return;
    }
    sent++;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const t0 = performance.now();
    lags.push(t0 - due);
    pending.push(
      transition(http, sessions, mandate, sent).then((outcome) => {
        const t1 = performance.now();
        inFlight--;
        idle.push(mandate);
        timeline.push(
          `${(t0 - started).toFixed(1)},${(t1 - t0).toFixed(1)},${outcome.ok ? '' : outcome.label}`,
        );
        if (outcome.ok) {
          latencies.push(t1 - t0);
          fromSchedule.push(t1 - due);
        } else errors.add(outcome.label);
      }),
    );
  };

  let index = 0;
  while (index < total) {
    const now = performance.now();
    while (index < total && started + index * interval <= now) launch(started + index++ * interval);
    const wait = started + index * interval - performance.now();
    if (wait > 0) await sleep(Math.max(0, Math.floor(wait)));
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(pending);
  return {
    targetRate: rate,
    seconds,
    sent,
    ok: latencies.length,
    achievedRate: latencies.length / seconds,
    latency: distribution(latencies),
    latencyFromSchedule: distribution(fromSchedule),
    lag: distribution(lags),
    errors,
    starved,
    maxInFlight,
    timeline: `${timeline.join('\n')}\n`,
  };
}

/** Warm-up without measuring (JIT, pools, caches). */
export async function warmUp(
  http: HttpClient,
  sessions: Sessions,
  mandates: Mandate[],
  clients: number,
  seconds: number,
): Promise<void> {
  await httpClosedLoop(http, sessions, mandates, clients, seconds);
  await sleep(200);
}
