import { Injectable } from '@nestjs/common';
import { AccountHousekeeping } from '#org';
import { Periodic, type PeriodicTask } from '#queue';
import { KernelHousekeeping } from '#workflow';

const HOURLY = 3_600_000;

/**
 * Deletes what has outlived its use (the kernel's idempotency keys and relayed outbox rows; ended
 * sessions and stale login failures), once an hour in the whole deployment. Idempotent; a failed
 * run is retried an hour later.
 */
@Injectable()
@Periodic({ name: 'housekeeping', everyMs: HOURLY })
export class Housekeeping implements PeriodicTask {
  constructor(
    private readonly kernel: KernelHousekeeping,
    private readonly accounts: AccountHousekeeping,
  ) {}

  async runPeriodic(): Promise<void> {
    await this.kernel.prune();
    await this.accounts.prune();
  }
}
