import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#core';
import { LoginLockouts } from './login-lockouts.service.js';
import { SessionClock, SessionStore } from './session-store.service.js';

/** Rows deleted per statement: each batch is a short transaction that blocks nothing for long. */
const BATCH = 1000;
/** Batches per run at most; what is left waits for the next run. */
const MAX_BATCHES = 100;

export interface AccountPruneResult {
  /** Sessions that ended (expired or revoked) more than SESSION_RETENTION_DAYS ago. */
  readonly sessions: number;
  /** Login-failure rows whose window passed and that hold no lock in force. */
  readonly loginFailures: number;
}

/**
 * Keeps the account tables bounded; the worker runs it every hour. Idempotent: a second run at the
 * same time deletes nothing, and concurrent runs (several workers) skip each other's rows. Sessions
 * end by the session clock (real time, even with CLOCK=manual, so moving the business clock ahead
 * never deletes a live session); lockouts by the business clock, which times them.
 */
@Injectable()
export class AccountHousekeeping {
  private readonly logger = new Logger(AccountHousekeeping.name);

  constructor(
    private readonly sessions: SessionStore,
    private readonly sessionClock: SessionClock,
    private readonly lockouts: LoginLockouts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prune(batchSize = BATCH): Promise<AccountPruneResult> {
    const { retentionDays } = this.config.sessions;
    const endedBefore = new Date(this.sessionClock.now().getTime() - retentionDays * 86_400_000);
    const sessions = await this.inBatches(batchSize, () =>
      this.sessions.pruneEnded(endedBefore, batchSize),
    );
    const loginFailures = await this.inBatches(batchSize, () =>
      this.lockouts.pruneStale(batchSize),
    );
    this.logger.log(
      { sessions, loginFailures, retentionDays },
      `Limpieza de cuentas: ${sessions} sesiones terminadas hace más de ${retentionDays} días y ${loginFailures} registros de intentos fallidos vencidos, borrados`,
    );
    return { sessions, loginFailures };
  }

  private async inBatches(batchSize: number, batch: () => Promise<number>): Promise<number> {
    let total = 0;
    for (let i = 0; i < MAX_BATCHES; i++) {
      const deleted = await batch();
      total += deleted;
      if (deleted < batchSize) break;
    }
    return total;
  }
}
