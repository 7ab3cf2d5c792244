import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  status: number;
  body: Buffer;
}

const HEAD_END = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);

/**
 * A request's bytes, built once for a load loop: HTTP/1.1 on a kept-alive connection, the token
 * and the body already in place.
 */
export function encodeRequest(
  baseUrl: URL,
  method: 'GET' | 'POST',
  path: string,
  token: string | undefined,
  body?: Buffer,
): Buffer {
  const lines = [`${method} ${path} HTTP/1.1`, `Host: ${baseUrl.host}`, 'Accept: application/json'];
  if (token) lines.push(`Authorization: Bearer ${token}`);
  if (body) lines.push('Content-Type: application/json', `Content-Length: ${body.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body ?? EMPTY]);
}

/**
 * One kept-alive HTTP/1.1 connection that sends one request at a time and reads only what a load
 * needs of the answer: its status and its body, by Content-Length. The load generator shares two
 * cores with the API, PostgreSQL and Redis, as pgbench does with PostgreSQL; Node's own HTTP client
 * spent several times pgbench's CPU per request, which the HTTP side's figures then paid for.
 */
export class KeepAliveConnection {
  private received: Buffer = EMPTY;
  private waiting?: { resolve: (answer: RawAnswer) => void; reject: (error: Error) => void };
  private closedWith?: Error;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.take(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('the server closed the connection')));
  }

  static open(baseUrl: URL): Promise<KeepAliveConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: baseUrl.hostname, port: Number(baseUrl.port) });
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new KeepAliveConnection(socket));
      });
      socket.once('error', reject);
    });
  }

  /** Sends `request` (from `encodeRequest`) and resolves with its answer. */
  send(request: Buffer): Promise<RawAnswer> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    if (this.waiting) return Promise.reject(new Error('one request at a time on a connection'));
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(request);
    });
  }

  isOpen(): boolean {
    return this.closedWith === undefined;
  }

  close(): void {
    this.closedWith ??= new Error('the connection was closed');
    this.socket.destroy();
  }

  private take(chunk: Buffer): void {
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    const headEnd = this.received.indexOf(HEAD_END);
    if (headEnd < 0) return;
    const head = this.received.toString('latin1', 0, headEnd);
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) return this.fail(new Error(`an answer without Content-Length: ${head.slice(0, 200)}`));
    const bodyStart = headEnd + HEAD_END.length;
    const bodyEnd = bodyStart + Number(length[1]);
    if (this.received.length < bodyEnd) return;
    const answer = { status: Number(head.slice(9, 12)), body: this.received.subarray(bodyStart, bodyEnd) };
    this.received = this.received.subarray(bodyEnd);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.resolve(answer);
  }

  private fail(error: Error): void {
    this.closedWith ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
    this.socket.destroy();
  }
}

/**
 * A connection idle this long is closed rather than used again: Node's server closes a kept-alive
 * connection after 5 s without a request (`keepAliveTimeout`), and a request sent as it does so is lost.
 */
const MOST_IDLE_MS = 2000;

/**
 * Up to `max` kept-alive connections for a load whose requests do not wait for each other (the
 * open loop): a request takes the connection given back last, opens one while fewer than `max`
 * are open, or waits for the next to be given back.
 */
export class KeepAlivePool {
  private readonly idle: { connection: KeepAliveConnection; since: number }[] = [];
  private readonly waiting: ((connection: KeepAliveConnection) => void)[] = [];
  private readonly open = new Set<KeepAliveConnection>();
  private opening = 0;

  constructor(
    private readonly baseUrl: URL,
    private readonly max: number,
  ) {}

  async take(): Promise<KeepAliveConnection> {
    for (let kept = this.idle.pop(); kept; kept = this.idle.pop()) {
      if (kept.connection.isOpen() && Date.now() - kept.since < MOST_IDLE_MS) return kept.connection;
      kept.connection.close();
      this.open.delete(kept.connection);
    }
    if (this.open.size + this.opening >= this.max) return new Promise((resolve) => this.waiting.push(resolve));
    this.opening++;
    try {
      const connection = await KeepAliveConnection.open(this.baseUrl);
      this.open.add(connection);
      return connection;
    } finally {
      this.opening--;
    }
  }

  giveBack(connection: KeepAliveConnection): void {
    const next = this.waiting.shift();
    if (next) next(connection);
    else this.idle.push({ connection, since: Date.now() });
  }

  /** Closes every connection; call it once no request is under way. */
  close(): void {
    for (const connection of this.open) connection.close();
  }
}
