import type { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { QueueName } from './queue-names.js';

/** A registry that finds one handler for `system:ping`, as discovery would. */
function registryWith(handle: () => Promise<'done' | 'skipped'>): JobHandlerRegistry {
  const wrapper = { instance: { handle } };
  const discovery = {
    getProviders: () => [wrapper],
    getMetadataByDecorator: () => ({ queue: QueueName.System, name: 'ping' }),
  } as unknown as DiscoveryService;
  const registry = new JobHandlerRegistry(discovery);
  registry.onModuleInit();
  return registry;
}

const ping = { name: 'ping', id: 'j-1', data: { pingId: 'p' }, attemptsMade: 0 } as unknown as Job;

describe('JobHandlerRegistry.dispatch', () => {
  it('hands a job to its one handler and passes its outcome back', async () => {
    await expect(registryWith(async () => 'done').dispatch(QueueName.System, ping)).resolves.toBe(
      'done',
    );
  });

  it('counts a failed attempt for /metrics and rethrows it so the queue retries', async () => {
    const registry = registryWith(async () => {
      throw new Error('base de datos caída');
    });
    await expect(registry.dispatch(QueueName.System, ping)).rejects.toThrow('base de datos caída');
    const [sample] = (await registry.failures.get()).values;
    expect(sample).toMatchObject({ value: 1, labels: { queue: 'system', job: 'ping' } });
  });

  it('skips a job nobody handles: a retry could not succeed', async () => {
    const unknown = { ...ping, name: 'desconocido' } as unknown as Job;
    await expect(
      registryWith(async () => 'done').dispatch(QueueName.System, unknown),
    ).resolves.toBe('skipped');
  });
});
