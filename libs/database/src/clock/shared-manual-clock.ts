import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { ManualClock } from '#core';
import { execute, queryOne } from '../sql.js';

/** Channel the `manual_clock` trigger notifies on each move: `<version>:<epoch ms>`. */
export const CLOCK_CHANNEL = 'despacho_clock';
/** Wait before listening again after the listening connection broke. */
const RECONNECT_MS = 1000;

export interface ClockReading {
  readonly version: number;
  readonly now: Date;
}

export interface ClockMove {
  readonly version: number;
  /** Id of this move: names the job that fires what it made due. */
  readonly moveId: string;
}

export function parseClockNotification(payload: string | undefined): ClockReading | undefined {
  const match = /^(\d+):(-?\d+)$/.exec(payload ?? '');
  if (!match) return undefined;
  return { version: Number(match[1]), now: new Date(Number(match[2])) };
}

/**
 * CLOCK=manual for a whole deployment: the time lives in the one-row `manual_clock` table, so the
 * API and every worker share it. `now()` stays synchronous: it answers this process's copy, loaded
 * at boot, refreshed by LISTEN/NOTIFY when any process moves it, and re-read by `sync()` before
 * anything decides what is due (a missed notification then costs nothing). Only `move()` moves it;
 * the inherited `set()` changes this process's copy alone, until the next move (tests).
 */
export class SharedManualClock extends ManualClock implements OnApplicationShutdown {
  private readonly logger = new Logger('ManualClock');
  private version = 0;
  private listener: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly databaseUrl: string,
  ) {
    super(new Date(0));
  }

  /**
   * Listens first, then reads, so no move falls between the two. A deployment's first boot stores
   * the real time of that moment: the manual clock starts where the system clock was.
   */
  async start(): Promise<void> {
    await this.listen();
    await execute(
      this.dataSource.manager,
      `INSERT INTO manual_clock (now) VALUES ($1) ON CONFLICT (id) DO NOTHING`,
      [new Date()],
    );
    await this.sync();
    this.logger.log({ now: this.now().toISOString() }, 'Reloj manual compartido (base de datos)');
  }

  override async sync(): Promise<void> {
    const row = await queryOne<{ version: string; now: Date }>(
      this.dataSource.manager,
      `SELECT version, now FROM manual_clock WHERE id`,
    );
    if (!row) throw new Error('Falta la fila de manual_clock (¿migraciones pendientes?)');
    this.apply({ version: Number(row.version), now: row.now });
  }

  /**
   * Writes the new time in the caller's transaction (the row lock orders concurrent moves; the
   * trigger notifies at commit). Apply the result with `apply` once the transaction committed.
   */
  async move(manager: EntityManager, to: Date): Promise<ClockMove> {
    const row = await queryOne<{ version: string; move_id: string }>(
      manager,
      `UPDATE manual_clock SET now = $1 WHERE id RETURNING version, move_id`,
      [to],
    );
    if (!row) throw new Error('Falta la fila de manual_clock (¿migraciones pendientes?)');
    return { version: Number(row.version), moveId: row.move_id };
  }

  /** Takes a reading only if it is newer than this process's: readings may arrive out of order. */
  apply(reading: ClockReading): boolean {
    if (reading.version <= this.version) return false;
    this.version = reading.version;
    this.set(reading.now);
    return true;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: 'despacho-clock',
    });
    client.on('notification', (message) => {
      if (message.channel !== CLOCK_CHANNEL) return;
      const reading = parseClockNotification(message.payload);
      if (reading && this.apply(reading))
        this.logger.log(
          { now: reading.now.toISOString(), version: reading.version },
          'Reloj manual movido',
        );
    });
    client.on('error', (error: Error) => {
      this.logger.warn({ err: error }, 'Se perdió la escucha del reloj manual; se reintenta');
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${CLOCK_CHANNEL}`);
    this.listener = client;
  }

  /** Listens again and catches up with what was missed meanwhile; until then, `sync()` still reads. */
  private reconnect(broken: pg.Client): void {
    if (this.closed || this.listener !== broken) return;
    this.listener = undefined;
    void broken.end().catch(() => undefined);
    const attempt = (): void => {
      this.retry = setTimeout(() => {
        if (this.closed) return;
        this.listen()
          .then(() => this.sync())
          .catch((error: unknown) => {
            this.logger.warn({ err: error }, 'No se pudo volver a escuchar el reloj manual');
            attempt();
          });
      }, RECONNECT_MS);
      this.retry.unref();
    };
    attempt();
  }
}
