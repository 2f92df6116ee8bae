import type { TestApp } from './test-app.js';

export interface Resource {
  id: string;
  state: string;
  version: number;
  allowedEvents: string[];
  deadlines: Array<{
    id: string;
    code?: string;
    key?: string;
    name: string;
    startsOn?: string;
    dueOn: string;
    dueAt: string;
    status: string;
  }>;
  [field: string]: unknown;
}

/** Logged-in demo users of one test app, and the calls every workflow suite makes. */
export class WorkflowClient {
  private readonly tokens = new Map<string, string>();

  /** An in-process test app, or any server reached over HTTP (a child process). */
  constructor(readonly t: Pick<TestApp, 'http' | 'login'>) {}

  async token(username: string): Promise<string> {
    let token = this.tokens.get(username);
    if (!token) {
      token = await this.t.login(username);
      this.tokens.set(username, token);
    }
    return token;
  }

  async unitId(username: string, code: string): Promise<string> {
    const response = await this.t.http
      .get('/api/v1/units')
      .auth(await this.token(username), { type: 'bearer' });
    const unit = (response.body as { items: Array<{ id: string; code: string }> }).items.find(
      (u) => u.code === code,
    );
    if (!unit) throw new Error(`No existe la unidad ${code}`);
    return unit.id;
  }

  async post(username: string, path: string, body: unknown, headers: Record<string, string> = {}) {
    const request = this.t.http.post(path).auth(await this.token(username), { type: 'bearer' });
    for (const [name, value] of Object.entries(headers)) void request.set(name, value);
    return request.send(body as object);
  }

  async get(username: string, path: string) {
    return this.t.http.get(path).auth(await this.token(username), { type: 'bearer' });
  }

  /** Sets the manual clock (admin of the user's municipality); every timer now due fires before it answers. */
  async setClock(now: string, admin = 'mml.admin') {
    const response = await this.post(admin, '/api/v1/admin/clock', { now });
    if (response.status !== 200) throw new Error(`reloj: ${response.status} ${response.text}`);
    return response.body as { now: string; firedTimers: number };
  }

  /** Waits for work the queue does asynchronously (not for time to pass: the clock is manual). */
  async eventually<T>(
    probe: () => Promise<T | undefined>,
    what: string,
    timeoutMs = 15_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`No ocurrió a tiempo: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
