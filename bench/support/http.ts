import { Agent, request } from 'node:http';

export interface JsonResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly text: string;
}

/**
 * A minimal JSON client over keep-alive sockets: the load generator shares the machine with the
 * server and PostgreSQL, so it should spend as little CPU per request as possible (no fetch/undici
 * layers, no retries, one pooled socket per concurrent client).
 */
export class HttpClient {
  private readonly agent: Agent;
  private readonly ports: readonly number[];
  private turn = 0;

  /** Several ports: one server process each (DESPACHO_ROLE=api), taken in turn per request. */
  constructor(port: number | readonly number[], sockets: number) {
    this.ports = typeof port === 'number' ? [port] : port;
    this.agent = new Agent({
      keepAlive: true,
      maxSockets: sockets,
      maxFreeSockets: sockets * this.ports.length,
    });
  }

  send<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ): Promise<JsonResponse<T>> {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    const port = this.ports[this.turn++ % this.ports.length];
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, method, path, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = text;
            if ((res.headers['content-type'] ?? '').includes('json') && text.length > 0) {
              try {
                body = JSON.parse(text);
              } catch {
                body = text;
              }
            }
            resolve({ status: res.statusCode ?? 0, body: body as T, text });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
