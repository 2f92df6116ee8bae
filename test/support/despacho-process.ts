import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** A built Despacho entry point (`dist/…/main.js`) running as a child process, with its output kept. */
export class DespachoProcess {
  private text = '';
  private readonly exited: Promise<void>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => (this.text += chunk.toString('utf8'));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Starts `entry` with only `env` (plus PATH and HOME): nothing leaks from the test's environment. */
  static async start(
    name: string,
    entry: string,
    env: Record<string, string>,
    ready: (process: DespachoProcess) => Promise<boolean>,
  ): Promise<DespachoProcess> {
    const child = spawn(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = new DespachoProcess(name, child);
    const deadline = Date.now() + 90_000;
    while (!(await ready(started).catch(() => false))) {
      if (!started.running || Date.now() > deadline)
        throw new Error(`${name} no arrancó:\n${started.output.slice(-4000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return started;
  }

  get output(): string {
    return this.text;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGTERM (orderly shutdown), SIGKILL if it is still running after 15 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), 15_000).unref(),
    );
    if ((await Promise.race([this.exited, timeout])) === 'timeout') {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}
