import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { DEPLOYED_NODE_FLAGS } from './support/processes.js';
import * as prettier from 'prettier';
import type { ClosedLoopResult, OpenLoopResult } from './phases/transitions-http.js';
import type { RawResult } from './phases/transitions-raw.js';
import type { PgbenchResult } from './phases/transitions-pgbench.js';
import type { FiringResult } from './phases/timers.js';
import { type ReadsResult, renderReads } from './phases/reads.js';
import type { SignHealthResult } from './phases/sign-health.js';
import { type AuditBenchResults, auditTargets, renderAuditChain } from './phases/audit.js';
import type { StatementProfile, StatementStat } from './support/pgstats.js';
import type { CpuUse, Machine } from './support/processes.js';
import { type Distribution, fmtDist } from './support/stats.js';

/** How the report names each kind of timer (the database's codes are English). */
const TIMER_KIND_NAMES: Readonly<Record<string, string>> = {
  reminder: 'recordatorios',
  expiry: 'vencimientos',
  escalation: 'escalamientos',
};

export interface Results {
  /** The reads phase (`--phases reads`): lists over a million instances. */
  reads?: ReadsResult;
  auditChain?: AuditBenchResults;
  options: {
    redis: boolean;
    clients: number;
    duration: number;
    openDuration: number;
    warmup: number;
    mandatesPerMunicipality: number;
    timerConcurrency: number;
  };
  machine: Machine;
  postgresVersion: string;
  redisVersion?: string;
  bootSeconds: number;
  /** Cores busy on the machine before the bench started anything (other users). */
  idleLoad: number;
  commitProbe: Distribution;
  creation: { mandates: number; rate: number };
  httpClosed: ClosedLoopResult;
  httpCpu: CpuUse;
  httpStatements: StatementProfile;
  drainAfterHttpSeconds: number;
  httpOpen: OpenLoopResult;
  httpOpenCpu: CpuUse;
  /** The Node floor: the raw transaction behind node:http, no framework (floor-server.ts). */
  floor: ClosedLoopResult;
  floorCpu: CpuUse;
  /** The Node floor in open loop at the HTTP open loop's rate. */
  floorOpen: OpenLoopResult;
  raw: RawResult;
  rawCpu: CpuUse;
  rawStatements: StatementProfile;
  rawOutboxMarkedSent: number;
  /** Closed loop over HTTP with the load on two municipalities (httpClosed: Lima alone). */
  httpClosedTwo: ClosedLoopResult;
  /** The transition-shaped transaction through pgbench, Lima alone; absent without the binary. */
  pgbench?: PgbenchResult & { version: string };
  pgbenchCpu?: CpuUse;
  /** The same transaction through pgbench, open loop at the HTTP open loop's rate (`-R`). */
  pgbenchOpen?: PgbenchResult;
  pgbenchMissing?: string;
  /** With --redis: 2 API + 2 worker processes, closed loop on Lima alone. */
  split?: { apis: number; workers: number; closed: ClosedLoopResult };
  timers: {
    concurrency: number;
    far: {
      timers: number;
      insertSeconds: number;
      armSeconds: number;
      armRate: number;
      delayedJobs: number | undefined;
      cpu: CpuUse;
      statements: StatementProfile;
    };
    first: FiredSet;
    spread: FiredSet;
    burst: FiredSet;
    control: FiredSet;
  };
  /** /health while maximal resolutions are signed: with RENDER_THREADS=0 (before) and as deployed. */
  sign?: SignHealthResult[];
  audit: Array<{ municipality: string; ok: boolean; checked: number; seconds: number }>;
  totalSeconds: number;
}

/** The sign run as deployed (the last one; the first is the RENDER_THREADS=0 baseline when run). */
const deployedSign = (r: Results) => r.sign?.[r.sign.length - 1];

export type FiredSet = FiringResult & {
  at: string;
  armedBeforeMs: number;
  sweeperFired: number;
  cpu: CpuUse;
  statements: StatementProfile;
};

interface Target {
  name: string;
  goal: string;
  value: string;
  met: boolean;
}

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');

export function ratioOf(r: Results): number {
  return r.httpClosed.rate / r.raw.rate;
}

/** The main figure: HTTP (Lima alone) over pgbench's transition-shaped transaction, same run. */
export function pgbenchRatioOf(r: Results): number {
  return r.pgbench ? r.httpClosed.rate / r.pgbench.rate : NaN;
}

/** Server CPU per transition in the closed loop on Lima (ms), and the Node floor's. */
export const serverCpuMs = (r: Results) => (r.httpCpu.server * 1000) / r.httpClosed.rate;
export const floorCpuMs = (r: Results) => (r.floorCpu.server * 1000) / r.floor.rate;

export function targets(r: Results): Target[] {
  const { first, spread, burst, control } = r.timers;
  const errors =
    r.httpClosed.errors.total +
    r.httpClosedTwo.errors.total +
    r.httpOpen.errors.total +
    r.raw.errors.total +
    r.floor.errors.total +
    r.floorOpen.errors.total +
    (r.split?.closed.errors.total ?? 0) +
    (r.pgbench?.failed ?? 0) +
    (r.pgbenchOpen?.failed ?? 0);
  const early = first.early + spread.early + burst.early + control.early;
  return [
    {
      name: 'Errores en las transiciones',
      goal: '0',
      value: String(errors),
      met: errors === 0,
    },
    {
      name: 'p99 a la mitad del pico (lazo abierto, desde la agenda)',
      goal: '≤ 25 ms',
      value: `${f1(r.httpOpen.latencyFromSchedule.p99)} ms (piso de Node al mismo ritmo: ${f1(r.floorOpen.latencyFromSchedule.p99)} ms${r.pgbenchOpen?.latencyFromSchedule ? `; pgbench: ${f1(r.pgbenchOpen.latencyFromSchedule.p99)} ms` : ''})`,
      met: r.httpOpen.latencyFromSchedule.p99 <= 25,
    },
    {
      name: 'Razón HTTP / pgbench (una municipalidad, misma ejecución)',
      goal: '≥ 0,5',
      value: r.pgbench ? f2(pgbenchRatioOf(r)) : `sin pgbench (${r.pgbenchMissing ?? '?'})`,
      met: pgbenchRatioOf(r) >= 0.5,
    },
    {
      name: 'Razón HTTP / SQL a mano (una municipalidad)',
      goal: '≥ 0,5',
      value: f2(ratioOf(r)),
      met: ratioOf(r) >= 0.5,
    },
    {
      name: 'CPU del servidor por transición (lazo cerrado, solo Lima)',
      goal: '≤ 0,7 ms',
      value: `${f2(serverCpuMs(r))} ms (piso de Node, node:http + pg sin marco: ${f2(floorCpuMs(r))} ms)`,
      met: serverCpuMs(r) <= 0.7,
    },
    {
      name: 'Temporizadores disparados antes de hora',
      goal: '0',
      value: String(early),
      met: early === 0,
    },
    {
      name: `Atraso p99 de ${spread.timers} temporizadores repartidos en 20 s`,
      goal: '≤ 25 ms',
      value: `${f1(spread.lateness.p99)} ms`,
      met: spread.lateness.p99 <= 25 && spread.fired === spread.timers,
    },
    {
      name: `${burst.timers} vencimientos en el mismo instante: hasta el último disparo`,
      goal: '≤ 2 s',
      value: `${f2(burst.spanMs / 1000)} s${burst.fired < burst.timers ? ` (faltaron ${burst.timers - burst.fired})` : ''}`,
      met: burst.spanMs <= 2000 && burst.fired === burst.timers,
    },
    ...signTargets(r),
    ...(r.auditChain ? auditTargets(r.auditChain) : []),
  ];
}

function signTargets(r: Results): Target[] {
  const sign = deployedSign(r);
  if (!sign) return [];
  return [
    {
      name: `/health p99 mientras se firman ${sign.resolutions} resoluciones máximas`,
      goal: '≤ 50 ms, 0 errores',
      value: `${f1(sign.health.p99)} ms (máx. ${f1(sign.health.max)} ms), ${sign.signErrors + sign.healthErrors} errores`,
      met: sign.health.p99 <= 50 && sign.signErrors + sign.healthErrors === 0,
    },
  ];
}

const signLabel = (s: SignHealthResult) =>
  s.renderThreads === '0'
    ? 'PDF en el hilo principal (`RENDER_THREADS=0`, como antes)'
    : 'PDF en hilos (`RENDER_THREADS` por defecto)';

const cpuLine = (c: CpuUse, redis: boolean) =>
  `servidor ${f2(c.server)} · PostgreSQL ${f2(c.postgres)}${redis ? ` · Redis ${f2(c.redis)}` : ''} · generador ${f2(c.bench)} · ajenos ${f2(c.others)} · máquina ${f2(c.machine)} núcleos`;

/** CPU milliseconds per operation, given the average cores used and the rate. */
const cpuMs = (cores: number, rate: number) => f2((cores * 1000) / rate);

const perOperation = (c: CpuUse, rate: number, what: string) =>
  `servidor ${cpuMs(c.server, rate)} · PostgreSQL ${cpuMs(c.postgres, rate)}${c.redis > 0.005 ? ` · Redis ${cpuMs(c.redis, rate)}` : ''} · generador ${cpuMs(c.bench, rate)} ms de CPU por ${what}`;

const rateOf = (set: FiredSet) => set.fired / (set.spanMs / 1000);

const label = (s: StatementStat) => `${s.nested ? '↳ ' : ''}${s.query}`;

const textStatements = (p: StatementProfile, seconds: number) => [
  `  PostgreSQL:      ${f2(p.totalMs / 1000 / seconds)} s de ejecución (esperas incluidas) por segundo; lo que más pesa:`,
  ...p.top
    .slice(0, 5)
    .map(
      (s) =>
        `    ${(s.share * 100).toFixed(0).padStart(3)}%  ${s.meanMs.toFixed(3).padStart(8)} ms × ${String(s.calls).padStart(6)}  ${label(s).slice(0, 80)}`,
    ),
];

export function renderText(r: Results): string {
  const m = r.machine;
  const { far, first, spread, burst, control } = r.timers;
  const lines = [
    '',
    '══════════ Despacho — npm run bench ══════════',
    `Máquina: ${m.cores} núcleos ${m.cpuModel}, ${m.ramGb} GB RAM, Node ${m.node}, PostgreSQL ${r.postgresVersion}${r.redisVersion ? `, Redis ${r.redisVersion}` : ''}`,
    `Carga ajena antes de empezar: ${f2(r.idleLoad)} núcleos · commit con fsync (INSERT de 1 fila): p50 ${f2(r.commitProbe.p50)} ms, p99 ${f2(r.commitProbe.p99)} ms`,
    `Colas: BullMQ sobre ${r.options.redis ? 'Redis' : 'PostgreSQL'}`,
    '',
    `Transiciones por HTTP (${r.options.clients} clientes, ${r.options.duration} s, ${r.options.mandatesPerMunicipality} encargos por municipalidad)`,
    `  pico, solo Lima: ${f0(r.httpClosed.rate)} transiciones/s (${r.httpClosed.ok} respuestas 200) · errores: ${r.httpClosed.errors.toString()}`,
    `  latencia:        ${fmtDist(r.httpClosed.latency)}`,
    `  CPU:             ${cpuLine(r.httpCpu, r.options.redis)}`,
    `                   ${perOperation(r.httpCpu, r.httpClosed.rate, 'transición')}`,
    ...textStatements(r.httpStatements, r.options.duration),
    `  dos municipalidades: ${f0(r.httpClosedTwo.rate)} transiciones/s · ${fmtDist(r.httpClosedTwo.latency)} · errores: ${r.httpClosedTwo.errors.toString()}`,
    ...(r.split
      ? [
          `  ${r.split.apis} API + ${r.split.workers} workers (Redis), solo Lima: ${f0(r.split.closed.rate)} transiciones/s · ${fmtDist(r.split.closed.latency)} · errores: ${r.split.closed.errors.toString()}`,
        ]
      : []),
    `  lazo abierto a ${f0(r.httpOpen.targetRate)}/s (${r.options.openDuration} s): ${r.httpOpen.ok} respuestas 200 · errores: ${r.httpOpen.errors.toString()}`,
    `  latencia:        ${fmtDist(r.httpOpen.latency)}`,
    `  desde la agenda: ${fmtDist(r.httpOpen.latencyFromSchedule)}`,
    `  CPU:             ${cpuLine(r.httpOpenCpu, r.options.redis)}`,
    '',
    `SQL a mano (misma base, servidor detenido, pool de ${r.raw.clients} conexiones)`,
    `  ritmo:           ${f0(r.raw.rate)} transiciones/s (${r.raw.ok}) · errores: ${r.raw.errors.toString()}`,
    `  latencia:        ${fmtDist(r.raw.latency)}`,
    `  CPU:             ${cpuLine(r.rawCpu, false)}`,
    `                   ${perOperation(r.rawCpu, r.raw.rate, 'transición')}`,
    ...textStatements(r.rawStatements, r.options.duration),
    `  razón HTTP/SQL:  ${f2(ratioOf(r))}`,
    '',
    `Piso de Node (node:http + pg, la misma transacción, sin marco; ${r.floor.clients} clientes HTTP)`,
    `  ritmo:           ${f0(r.floor.rate)} transiciones/s (${r.floor.ok}) · errores: ${r.floor.errors.toString()}`,
    `  latencia:        ${fmtDist(r.floor.latency)}`,
    `  CPU:             ${cpuLine(r.floorCpu, false)}`,
    `                   ${perOperation(r.floorCpu, r.floor.rate, 'transición')}`,
    `  servidor / piso: ${f2(serverCpuMs(r) / floorCpuMs(r))}× la CPU por transición`,
    `  lazo abierto a ${f0(r.floorOpen.targetRate)}/s: ${fmtDist(r.floorOpen.latency)}`,
    `  desde la agenda: ${fmtDist(r.floorOpen.latencyFromSchedule)}`,
    '',
    ...(r.pgbench
      ? [
          `pgbench ${r.pgbench.version} (-M prepared, ${r.pgbench.clients} clientes, ${r.pgbench.seconds} s, solo Lima)`,
          `  ritmo:           ${f0(r.pgbench.rate)} transacciones/s (${r.pgbench.transactions}) · fallidas: ${r.pgbench.failed}`,
          `  latencia:        ${fmtDist(r.pgbench.latency)}`,
          ...(r.pgbenchCpu ? [`  CPU:             ${cpuLine(r.pgbenchCpu, false)}`] : []),
          `  razón HTTP/pgbench: ${f2(pgbenchRatioOf(r))}`,
          ...(r.pgbenchOpen
            ? [
                `  lazo abierto a ${f0(r.pgbenchOpen.rate)}/s: ${fmtDist(r.pgbenchOpen.latency)}`,
                `    desde la agenda: ${r.pgbenchOpen.latencyFromSchedule ? fmtDist(r.pgbenchOpen.latencyFromSchedule) : '—'}`,
              ]
            : []),
        ]
      : [`pgbench: omitido (${r.pgbenchMissing ?? '?'})`]),
    '',
    `Temporizadores (reloj del sistema, TIMER_CONCURRENCY=${r.timers.concurrency})`,
    `  ${far.timers} lejanos: insertados en ${f1(far.insertSeconds)} s, fuera del horizonte de armado, esperan en PostgreSQL${far.delayedJobs !== undefined ? `; ${far.delayedJobs} trabajos diferidos en la cola` : ''}`,
    `  ${first.timers} primeros tras armarlos (en 1 s): atraso ${fmtDist(first.lateness, 0)}`,
    `  ${spread.timers} repartidos en 20 s: disparados ${spread.fired}, tempranos ${spread.early}, >2 s tarde ${spread.lateOver2s}, por el barrido ${spread.sweeperFired}`,
    `    atraso:        ${fmtDist(spread.lateness)}`,
    ...Object.entries(spread.byKind).map(([kind, d]) => `    ${kind.padEnd(14)} ${fmtDist(d)}`),
    ...textStatements(spread.statements, 20),
    `  ${burst.timers} vencimientos a la vez (${burst.at.slice(11, 19)}): último disparo a los ${f2(burst.spanMs / 1000)} s (${f0(rateOf(burst))}/s); tempranos ${burst.early}, >2 s tarde ${burst.lateOver2s}, por el barrido ${burst.sweeperFired}`,
    `    atraso:        ${fmtDist(burst.lateness, 0)}`,
    `    CPU:           ${cpuLine(burst.cpu, r.options.redis)}`,
    `                   ${perOperation(burst.cpu, rateOf(burst), 'temporizador')}`,
    ...textStatements(burst.statements, burst.spanMs / 1000),
    `  control: ${control.timers} recordatorios a la vez (no escriben en la auditoría): último a los ${f2(control.spanMs / 1000)} s (${f0(rateOf(control))}/s); tempranos ${control.early}, >2 s tarde ${control.lateOver2s}`,
    '',
    ...(r.sign ?? []).flatMap((s) => [
      `Firma de ${s.resolutions} resoluciones máximas a la vez (${s.bodyBytes} B por cuerpo), ${signLabel(s)}: en ${f1(s.signSeconds)} s, errores: ${s.errors.toString()}`,
      `  /health:         ${fmtDist(s.health)} (${s.health.count} muestras, errores ${s.healthErrors})`,
      `  /health reposo:  ${fmtDist(s.idleHealth)}`,
      `  SIGN:            ${fmtDist(s.signLatency, 0)}`,
    ]),
    '',
    `Auditoría: ${r.audit.map((a) => `${a.municipality} ${a.ok ? 'íntegra' : 'ROTA'} (${a.checked} eventos)`).join(' · ')}`,
    '',
    'Objetivos:',
    ...targets(r).map((t) => `  ${t.met ? '✔' : '✘'} ${t.name}: ${t.value} (objetivo ${t.goal})`),
    '',
    `Duración total: ${f0(r.totalSeconds)} s`,
    '',
  ];
  return [
    ...lines,
    ...(r.auditChain ? [renderAuditChain(r.auditChain), ''] : []),
    ...(r.reads ? [renderReads(r.reads), ''] : []),
  ].join('\n');
}

const mdDist = (d: Distribution, digits = 1) =>
  `${d.min.toFixed(digits)} | ${d.p50.toFixed(digits)} | ${d.p95.toFixed(digits)} | ${d.p99.toFixed(digits)} | ${d.max.toFixed(digits)}`;

const mdStatements = (p: StatementProfile, seconds: number) => [
  `${f1(p.totalMs / 1000)} s de ejecución en ${f1(seconds)} s de reloj (${p.calls} sentencias de primer nivel; el tiempo incluye las esperas de bloqueos). Las que más pesan (↳ = dentro de otra sentencia —una función de BullMQ o la comprobación de una clave foránea—, ya contada en la que la llama):`,
  '',
  '| Sentencia | Llamadas | Media (ms) | Total (s) | % |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...p.top.map(
    (s) =>
      `| \`${label(s).replace(/\|/g, '\\|').replace(/`/g, "'")}\` | ${s.calls} | ${s.meanMs.toFixed(2)} | ${(s.totalMs / 1000).toFixed(2)} | ${(s.share * 100).toFixed(1)} |`,
  ),
];

const mdCpu = (c: CpuUse) =>
  `${f2(c.server)} | ${f2(c.postgres)} | ${f2(c.redis)} | ${f2(c.bench)} | ${f2(c.others)} | ${f2(c.machine)}`;

/** The generated part of docs/performance.md: figures of this run. */
export function renderMarkdown(r: Results): string {
  const m = r.machine;
  const { far, first, spread, burst, control } = r.timers;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const setRow = (name: string, set: FiredSet, digits = 1) =>
    `| ${name} | ${set.fired} de ${set.timers} | ${mdDist(set.lateness, digits)} | ${set.early} | ${set.lateOver2s} | ${set.sweeperFired} |`;
  return [
    `### Ejecución del ${date} UTC`,
    '',
    `\`npm run bench${r.options.redis ? ' -- --redis' : ''}\`: ${f0(r.totalSeconds)} s en total. ${r.options.clients} clientes, ${r.options.duration} s por medición (más ${r.options.warmup} s de calentamiento), lazo abierto ${r.options.openDuration} s, ${r.options.mandatesPerMunicipality} encargos por municipalidad y por fase, \`TIMER_CONCURRENCY=${r.timers.concurrency}\`.`,
    '',
    `- Máquina: ${m.cores} núcleos (\`nproc\`), ${m.cpuModel}; ${m.ramGb} GB de RAM; Linux ${m.kernel}.`,
    `- Node ${m.node}, servidor con \`${DEPLOYED_NODE_FLAGS.join(' ')}\` (como \`npm start\`); PostgreSQL ${r.postgresVersion} embebido (\`shared_buffers=128MB\`, \`synchronous_commit=on\`, \`pg_stat_statements\`)${r.redisVersion ? `; Redis ${r.redisVersion}` : ''}. Colas BullMQ sobre ${r.options.redis ? 'Redis' : 'PostgreSQL (la misma base)'}.`,
    `- Un commit con fsync (INSERT de una fila, una conexión, en reposo): p50 ${f2(r.commitProbe.p50)} ms, p99 ${f2(r.commitProbe.p99)} ms.`,
    `- Carga ajena (otros procesos de la máquina) antes de empezar: ${f2(r.idleLoad)} núcleos.`,
    `- Arranque del servidor (migraciones y semilla): ${f1(r.bootSeconds)} s. ${r.creation.mandates} encargos creados por HTTP a ${f0(r.creation.rate)} por segundo.`,
    '',
    '#### Objetivos',
    '',
    '| Objetivo | Meta | Resultado | ¿Cumple? |',
    '| --- | --- | --- | --- |',
    ...targets(r).map((t) => `| ${t.name} | ${t.goal} | ${t.value} | ${t.met ? 'sí' : '**no**'} |`),
    '',
    '#### Transiciones',
    '',
    '| Fase | Concurrencia | Transiciones/s | Respuestas 200 | Errores | min | p50 | p95 | p99 | max (ms) |',
    '| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    `| HTTP, lazo cerrado (pico), solo Lima | ${r.httpClosed.clients} | ${f0(r.httpClosed.rate)} | ${r.httpClosed.ok} | ${r.httpClosed.errors.toString()} | ${mdDist(r.httpClosed.latency)} |`,
    `| HTTP, lazo cerrado, dos municipalidades | ${r.httpClosedTwo.clients} | ${f0(r.httpClosedTwo.rate)} | ${r.httpClosedTwo.ok} | ${r.httpClosedTwo.errors.toString()} | ${mdDist(r.httpClosedTwo.latency)} |`,
    ...(r.split
      ? [
          `| HTTP, lazo cerrado, ${r.split.apis} API + ${r.split.workers} workers (Redis), solo Lima | ${r.split.closed.clients} | ${f0(r.split.closed.rate)} | ${r.split.closed.ok} | ${r.split.closed.errors.toString()} | ${mdDist(r.split.closed.latency)} |`,
        ]
      : []),
    `| HTTP, lazo abierto a ${f0(r.httpOpen.targetRate)}/s, solo Lima | ≤ ${r.httpOpen.maxInFlight} en vuelo | ${f0(r.httpOpen.achievedRate)} | ${r.httpOpen.ok} | ${r.httpOpen.errors.toString()} | ${mdDist(r.httpOpen.latency)} |`,
    `| … la misma, desde la agenda | | | | | ${mdDist(r.httpOpen.latencyFromSchedule)} |`,
    `| Piso de Node (node:http + pg, sin marco), lazo cerrado, solo Lima | ${r.floor.clients} | ${f0(r.floor.rate)} | ${r.floor.ok} | ${r.floor.errors.toString()} | ${mdDist(r.floor.latency)} |`,
    `| Piso de Node, lazo abierto a ${f0(r.floorOpen.targetRate)}/s, solo Lima | ≤ ${r.floorOpen.maxInFlight} en vuelo | ${f0(r.floorOpen.achievedRate)} | ${r.floorOpen.ok} | ${r.floorOpen.errors.toString()} | ${mdDist(r.floorOpen.latency)} |`,
    `| … la misma, desde la agenda | | | | | ${mdDist(r.floorOpen.latencyFromSchedule)} |`,
    `| SQL a mano, lazo cerrado, solo Lima | ${r.raw.clients} | ${f0(r.raw.rate)} | ${r.raw.ok} | ${r.raw.errors.toString()} | ${mdDist(r.raw.latency)} |`,
    r.pgbench
      ? `| pgbench ${r.pgbench.version}, \`-M prepared\`, solo Lima | ${r.pgbench.clients} | ${f0(r.pgbench.rate)} | ${r.pgbench.transactions} | ${r.pgbench.failed === 0 ? 'ninguno' : `${r.pgbench.failed} fallidas`} | ${mdDist(r.pgbench.latency)} |`
      : `| pgbench: omitido (${r.pgbenchMissing ?? '?'}) | | | | | | | | | |`,
    ...(r.pgbenchOpen
      ? [
          `| pgbench, lazo abierto a ${f0(r.pgbenchOpen.rate)}/s (\`-R\`, sin sus ${r.pgbenchOpen.seconds - r.options.openDuration} s de conexiones en frío), solo Lima | ${r.pgbenchOpen.clients} | ${f0(r.pgbenchOpen.rate)} | ${r.pgbenchOpen.transactions} | ${r.pgbenchOpen.failed === 0 ? 'ninguno' : `${r.pgbenchOpen.failed} fallidas`} | ${mdDist(r.pgbenchOpen.latency)} |`,
          ...(r.pgbenchOpen.latencyFromSchedule
            ? [
                `| … la misma, desde la agenda | | | | | ${mdDist(r.pgbenchOpen.latencyFromSchedule)} |`,
              ]
            : []),
        ]
      : []),
    '',
    `Razón HTTP / pgbench (una municipalidad): **${r.pgbench ? f2(pgbenchRatioOf(r)) : '—'}**. Razón HTTP / SQL a mano: **${f2(ratioOf(r))}**. En el lazo abierto el generador envió con un retraso p99 de ${f2(r.httpOpen.lag.p99)} ms sobre su agenda (máx. ${f2(r.httpOpen.lag.max)} ms). Tras el lazo cerrado, el relé y las colas quedaron en reposo en ${f1(r.drainAfterHttpSeconds)} s.`,
    '',
    `CPU por transición: HTTP — ${perOperation(r.httpCpu, r.httpClosed.rate, 'transición')}; piso de Node — ${perOperation(r.floorCpu, r.floor.rate, 'transición')} (el servidor gasta **${f2(serverCpuMs(r) / floorCpuMs(r))}×** el piso); SQL a mano — ${perOperation(r.rawCpu, r.raw.rate, 'transición')}.`,
    '',
    `Uso de CPU, en núcleos (la máquina tiene ${m.cores}; «ajenos» son procesos que no son del bench):`,
    '',
    '| Fase | Servidor | PostgreSQL | Redis | Generador | Ajenos | Máquina |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| HTTP, lazo cerrado | ${mdCpu(r.httpCpu)} |`,
    `| HTTP, lazo abierto | ${mdCpu(r.httpOpenCpu)} |`,
    `| Piso de Node | ${mdCpu(r.floorCpu)} |`,
    `| SQL a mano | ${mdCpu(r.rawCpu)} |`,
    ...(r.pgbenchCpu ? [`| pgbench | ${mdCpu(r.pgbenchCpu)} |`] : []),
    `| Insertar ${far.timers} temporizadores lejanos | ${mdCpu(far.cpu)} |`,
    `| ${spread.timers} repartidos | ${mdCpu(spread.cpu)} |`,
    `| Ráfaga de ${burst.timers} vencimientos | ${mdCpu(burst.cpu)} |`,
    `| Control: ${control.timers} recordatorios | ${mdCpu(control.cpu)} |`,
    '',
    '##### PostgreSQL durante el lazo cerrado HTTP',
    '',
    ...mdStatements(r.httpStatements, r.options.duration),
    '',
    '##### PostgreSQL durante el SQL a mano',
    '',
    ...mdStatements(r.rawStatements, r.options.duration),
    '',
    `Las ${r.rawOutboxMarkedSent} filas de outbox que escribió la línea base se marcaron como enviadas al terminarla, con el servidor detenido, para que el relé no las procese en la fase de temporizadores.`,
    '',
    '#### Temporizadores',
    '',
    `- **${far.timers} lejanos** (+1 a +2 días): insertados por SQL en ${f1(far.insertSeconds)} s; como los escribe el núcleo: pendientes en PostgreSQL y sin trabajo diferido, porque vencen fuera del horizonte de armado (\`TIMER_HORIZON_MS\`, 1 h)${far.delayedJobs !== undefined ? `; la cola \`timers\` quedó con ${far.delayedJobs} trabajos diferidos (los de las transiciones de la fase anterior, si alguno venciera dentro de la hora)` : ''}.`,
    `- **${spread.timers} repartidos** en 20 s desde las ${spread.at.slice(11, 19)} (${spread.timers / 2} recordatorios en los primeros 10 s y ${spread.timers / 2} vencimientos en los 10 s siguientes), armados ${f1(spread.armedBeforeMs / 1000)} s antes del primero.`,
    `- **${burst.timers} vencimientos en el mismo instante** (${burst.at}), armados ${f1(burst.armedBeforeMs / 1000)} s antes: el último se disparó **${f2(burst.spanMs / 1000)} s** después (${f0(rateOf(burst))} por segundo); ${perOperation(burst.cpu, rateOf(burst), 'temporizador')}.`,
    `- Control: **${control.timers} recordatorios en el mismo instante** (no escriben en la cadena de auditoría): el último a los ${f2(control.spanMs / 1000)} s (${f0(rateOf(control))} por segundo); ${perOperation(control.cpu, rateOf(control), 'temporizador')}.`,
    `- Antes de los repartidos, ${first.timers} recordatorios en 1 s, justo después de insertar los ${far.timers}, miden la primera actividad tras la carga.`,
    '',
    'Atraso `fired_at − fire_at` en ms (negativo = antes de hora); «barrido» = disparados por el barrido de seguridad, no por su trabajo diferido:',
    '',
    '| Conjunto | Disparados | min | p50 | p95 | p99 | max | Antes de hora | > 2 s tarde | Barrido |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    setRow(`Primeros tras insertar ${far.timers}`, first, 0),
    setRow('Repartidos en 20 s', spread),
    ...Object.entries(spread.byKind).map(
      ([kind, d]) =>
        `| … solo ${TIMER_KIND_NAMES[kind] ?? kind} | ${d.count} | ${mdDist(d)} | | | |`,
    ),
    setRow(`Ráfaga: ${burst.timers} vencimientos`, burst, 0),
    setRow(`Control: ${control.timers} recordatorios`, control, 0),
    '',
    '##### PostgreSQL durante los repartidos',
    '',
    ...mdStatements(spread.statements, 20),
    '',
    '##### PostgreSQL durante la ráfaga',
    '',
    ...mdStatements(burst.statements, burst.spanMs / 1000),
    '',
    ...mdSign(r),
    `Cadena de auditoría verificada al final (\`GET /api/v1/audit/verify\`): ${r.audit.map((a) => `${a.municipality} ${a.ok ? 'íntegra' : '**rota**'}, ${a.checked} eventos en ${f1(a.seconds)} s`).join('; ')}.`,
  ]
    .concat(r.auditChain ? ['', renderAuditChain(r.auditChain)] : [])
    .concat(r.reads ? ['', renderReads(r.reads)] : [])
    .join('\n');
}

function mdSign(r: Results): string[] {
  if (!r.sign?.length) return [];
  const first = r.sign[0] as SignHealthResult;
  return [
    '#### `/health` durante la firma de resoluciones máximas',
    '',
    `${first.resolutions} resoluciones con el cuerpo más grande que acepta la API (${first.bodyBytes} B: 50 vistos de 2 000 caracteres, 100 considerandos y 50 artículos de 5 000, 50 destinatarios), llevadas por HTTP hasta \`ready_to_sign\` y firmadas todas a la vez mientras un cliente consulta \`/health\` cada ~10 ms. Las firmas de una misma serie se ordenan en el contador del registro (numeración sin huecos), así que terminan una tras otra.`,
    '',
    '| Configuración | Firmas en (s) | SIGN p50 (ms) | SIGN máx. (ms) | /health muestras | min | p50 | p95 | p99 | max (ms) | Errores |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.sign.flatMap((s) => [
      `| ${signLabel(s)} | ${f1(s.signSeconds)} | ${f0(s.signLatency.p50)} | ${f0(s.signLatency.max)} | ${s.health.count} | ${mdDist(s.health)} | ${s.errors.toString()} |`,
      `| … \`/health\` en reposo, antes de firmar | | | | ${s.idleHealth.count} | ${mdDist(s.idleHealth)} | |`,
    ]),
    '',
  ];
}

const BEGIN = '<!-- bench:begin (generado por npm run bench; no editar a mano) -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of the document, keeping the hand-written method and analysis. */
export async function writeDoc(path: string, generated: string): Promise<void> {
  const current = existsSync(path)
    ? await readFile(path, 'utf8')
    : `# Rendimiento\n\n${BEGIN}\n${END}\n`;
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const block = `${BEGIN}\n\n${generated}\n\n${END}`;
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  // Formatted as `npm test` checks it (tables padded by Prettier).
  const config = (await prettier.resolveConfig(path)) ?? {};
  await writeFile(path, await prettier.format(next, { ...config, filepath: path }));
}
