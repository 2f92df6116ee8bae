import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { JobQueue } from '#queue';
import { HousekeepingScheduler, housekeepingJobId } from './housekeeping.js';

describe('the hourly housekeeping', () => {
  it('names one job per hour of real time (no colon: BullMQ refuses it in a job id)', () => {
    expect(housekeepingJobId(new Date('2026-12-01T15:00:00Z'))).toBe('housekeeping-2026-12-01-15');
    expect(housekeepingJobId(new Date('2026-12-01T15:59:59.999Z'))).toBe(
      'housekeeping-2026-12-01-15',
    );
    expect(housekeepingJobId(new Date('2026-12-01T16:00:00Z'))).toBe('housekeeping-2026-12-01-16');
  });

  it('enqueues the job of the hour on the system queue, and survives a queue that is down', async () => {
    const added: unknown[][] = [];
    let down = false;
    const jobs = {
      add: async (...args: unknown[]) => {
        if (down) throw new Error('Redis caído');
        added.push(args);
      },
    } as unknown as JobQueue;
    const scheduler = new HousekeepingScheduler(jobs);
    await scheduler.enqueue(new Date('2026-12-01T15:20:00Z'));
    expect(added).toEqual([
      ['system', 'housekeeping', {}, { jobId: 'housekeeping-2026-12-01-15' }],
    ]);
    down = true;
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await expect(scheduler.enqueue(new Date('2026-12-01T16:20:00Z'))).resolves.toBe(
      'housekeeping-2026-12-01-16',
    );
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ jobId: 'housekeeping-2026-12-01-16' }),
      'No se pudo encolar la limpieza',
    );
    logged.mockRestore();
  });
});
