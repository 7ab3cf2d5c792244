import { Agent, request } from 'node:http';

export interface JsonResponse {
  status: number;
  body: string;
}

/**
 * Any socket timeout at all makes node:http's agent honour the server's `Keep-Alive: timeout=N`
 * hint: it then closes an idle pooled connection before the server may. Without one it keeps the
 * connection until the server closes it, and a request sent on it as the server does is refused
 * (ECONNRESET), which stopped a bench run after the timers' world was built. A timed-out request
 * is only told so, never cut off, so this bounds nothing else.
 */
const SOCKET_TIMEOUT_MS = 120_000;

/** A tiny JSON-over-HTTP client on node:http with one keep-alive agent (no extra packages). */
export class HttpClient {
  readonly agent: Agent;

  constructor(
    private readonly baseUrl: URL,
    maxSockets = 16,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: SOCKET_TIMEOUT_MS });
  }

  /** `body` is already-encoded JSON, so that a load loop encodes its request once. */
  send(
    method: 'GET' | 'POST',
    path: string,
    token?: string,
    body?: Buffer,
    accept = 'application/json',
  ): Promise<JsonResponse> {
    const headers: Record<string, string | number> = { accept };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = body.length;
    }
    return new Promise((resolve, reject) => {
      const req = request(
        { host: this.baseUrl.hostname, port: this.baseUrl.port, path, method, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Sends and parses the answer, failing loudly unless the status is the expected one. */
  async expect<T>(status: number, method: 'GET' | 'POST', path: string, token?: string, json?: unknown): Promise<T> {
    const res = await this.send(
      method,
      path,
      token,
      json === undefined ? undefined : Buffer.from(JSON.stringify(json)),
    );
    if (res.status !== status)
      throw new Error(`${method} ${path} answered ${res.status}, expected ${status}: ${res.body.slice(0, 500)}`);
    return JSON.parse(res.body) as T;
  }

  close(): void {
    this.agent.destroy();
  }
}
