import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JobHandlerRegistry, QueueName, QueueWorkerHost } from '#queue';
import type { Job } from 'bullmq';
import { startTestApp, type TestApp } from './test-app.js';

interface Check {
  id: string;
  backend: string;
  processedAt: string | null;
  deliveries: number;
}

/** Enqueues a real job through the API and waits until the in-process worker has handled it. */
export function queueSmokeSuite(
  backend: 'postgres' | 'redis',
  overrides: () => Record<string, string>,
): void {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp(overrides());
    token = await t.login('mml.admin');
  });
  afterAll(async () => {
    await t.close();
  });

  const get = async (id: string): Promise<Check> =>
    (await t.http.get(`/api/v1/admin/queue-checks/${id}`).set('authorization', `Bearer ${token}`))
      .body as Check;

  const waitProcessed = async (id: string): Promise<Check> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const check = await get(id);
      if (check.processedAt) return check;
      if (Date.now() > deadline)
        throw new Error(`el trabajo ${id} no se procesó en 20 s (${backend})`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  it(`reports the ${backend} queue as healthy`, async () => {
    // The details of /health are for administrators.
    const health = await t.http.get('/health').set('authorization', `Bearer ${token}`);
    expect(health.status).toBe(200);
    expect(health.body.info.queue).toEqual({ status: 'up', backend });
  });

  it(`enqueues and processes real jobs on ${backend}`, async () => {
    const created = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.http.post('/api/v1/admin/queue-checks').set('authorization', `Bearer ${token}`),
      ),
    );
    for (const response of created) {
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ backend, processedAt: null });
    }
    const done = await Promise.all(created.map((r) => waitProcessed((r.body as Check).id)));
    for (const check of done) expect(check.deliveries).toBe(1);
  });

  it('handles a redelivered job idempotently', async () => {
    const created = await t.http
      .post('/api/v1/admin/queue-checks')
      .set('authorization', `Bearer ${token}`);
    const first = await waitProcessed((created.body as Check).id);
    const registry = t.app.get(JobHandlerRegistry);
    const redelivery = { name: 'ping', data: { pingId: first.id } } as unknown as Job;
    await expect(registry.dispatch(QueueName.System, redelivery)).resolves.toBe('done');
    const again = await get(first.id);
    expect(again.processedAt).toBe(first.processedAt);
    expect(again.deliveries).toBe(2);
  });

  it('skips a job whose row does not exist', async () => {
    const registry = t.app.get(JobHandlerRegistry);
    const orphan = { name: 'ping', data: { pingId: 'no-such-ping' } } as unknown as Job;
    await expect(registry.dispatch(QueueName.System, orphan)).resolves.toBe('skipped');
  });

  it('logs an error a worker raises outside a job (e.g. a lock it could not renew), never unhandled', async () => {
    const hosts = t.app
      .get(DiscoveryService)
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is QueueWorkerHost => instance instanceof QueueWorkerHost);
    expect(hosts.map((host) => host.worker.name).sort()).toEqual(Object.values(QueueName).sort());
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      for (const host of hosts) {
        expect(host.worker.listenerCount('error')).toBeGreaterThan(0);
        const error = new Error(`could not renew lock for job repeat:${host.worker.name}:1`);
        host.worker.emit('error', error);
        expect(logged).toHaveBeenLastCalledWith(
          { err: error },
          'Error del worker de la cola (fuera de un trabajo)',
        );
      }
    } finally {
      logged.mockRestore();
    }
  });
}
