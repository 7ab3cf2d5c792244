import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { encodeRequest, KeepAliveConnection, KeepAlivePool } from './keep-alive-connection';

/** A server that answers each request by `answer`, written in the pieces it returns, and records what it read. */
function rawServer(
  answer: (request: string) => string[],
): Promise<{ url: URL; server: Server; requests: string[]; sockets: Set<Socket> }> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    let pending = '';
    socket.on('data', (chunk) => {
      pending += chunk.toString('latin1');
      for (let end = pending.indexOf('\r\n\r\n'); end >= 0; end = pending.indexOf('\r\n\r\n')) {
        const head = pending.slice(0, end);
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
        if (pending.length < end + 4 + length) return;
        const request = pending.slice(0, end + 4 + length);
        pending = pending.slice(request.length);
        requests.push(request);
        const pieces = answer(request);
        pieces.forEach((piece, i) => setTimeout(() => socket.write(piece), i * 5));
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        server,
        requests,
        sockets,
      }),
    ),
  );
}

const ok = (body: string, status = '200 OK') =>
  `HTTP/1.1 ${status}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('KeepAliveConnection', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('sends the encoded request and reads answers in turn on one connection, however they are split', async () => {
    const started = await rawServer((request) => {
      const answer = ok(`{"seen":${JSON.stringify(request.split('\r\n')[0])}}`);
      return [answer.slice(0, 7), answer.slice(7, 40), answer.slice(40)];
    });
    server = started.server;
    const connection = await KeepAliveConnection.open(started.url);
    const body = Buffer.from('{"type":"NOTE_ADDED"}');
    const post = encodeRequest(started.url, 'POST', '/api/v1/courses/x/events', 'token-1', body);
    const first = await connection.send(post);
    const second = await connection.send(encodeRequest(started.url, 'GET', '/api/v1/courses/x', 'token-1'));
    connection.close();

    expect(first.status).toBe(200);
    expect(JSON.parse(first.body.toString())).toEqual({ seen: 'POST /api/v1/courses/x/events HTTP/1.1' });
    expect(JSON.parse(second.body.toString())).toEqual({ seen: 'GET /api/v1/courses/x HTTP/1.1' });
    expect(started.requests[0]).toContain('\r\nAuthorization: Bearer token-1\r\n');
    expect(started.requests[0]).toContain(`\r\nContent-Length: ${body.length}\r\n`);
    expect(started.requests[0].endsWith('\r\n\r\n{"type":"NOTE_ADDED"}')).toBe(true);
    expect(started.requests[1]).not.toContain('Content-Length');
  });

  it('gives the status of an answer that is not a 200', async () => {
    const started = await rawServer(() => [ok('{"title":"Too many"}', '429 Too Many Requests')]);
    server = started.server;
    const connection = await KeepAliveConnection.open(started.url);
    const answer = await connection.send(encodeRequest(started.url, 'GET', '/', undefined));
    connection.close();
    expect(answer.status).toBe(429);
    expect(answer.body.toString()).toBe('{"title":"Too many"}');
  });

  it('fails the request when the server closes the connection, and every request after it', async () => {
    const started = await rawServer(() => []);
    server = started.server;
    started.server.on('connection', (socket) => socket.on('data', () => socket.destroy()));
    const connection = await KeepAliveConnection.open(started.url);
    await expect(connection.send(encodeRequest(started.url, 'GET', '/', undefined))).rejects.toThrow(/closed/);
    await expect(connection.send(encodeRequest(started.url, 'GET', '/', undefined))).rejects.toThrow(/closed/);
  });

  it('fails an answer it cannot measure (no Content-Length) rather than guess', async () => {
    const started = await rawServer(() => [
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n',
    ]);
    server = started.server;
    const connection = await KeepAliveConnection.open(started.url);
    await expect(connection.send(encodeRequest(started.url, 'GET', '/', undefined))).rejects.toThrow(
      /without Content-Length/,
    );
  });

  it('refuses a second request while the first is unanswered', async () => {
    const started = await rawServer(() => [ok('{}')]);
    server = started.server;
    const connection = await KeepAliveConnection.open(started.url);
    const request = encodeRequest(started.url, 'GET', '/', undefined);
    const first = connection.send(request);
    await expect(connection.send(request)).rejects.toThrow(/one request at a time/);
    await expect(first).resolves.toMatchObject({ status: 200 });
    connection.close();
  });
});

describe('KeepAlivePool', () => {
  it('opens no more than its maximum and hands a given-back connection to the next who waits', async () => {
    const started = await rawServer(() => [ok('{}')]);
    const pool = new KeepAlivePool(started.url, 2);
    const [a, b] = await Promise.all([pool.take(), pool.take()]);
    let thirdTaken: KeepAliveConnection | undefined;
    const third = pool.take().then((connection) => (thirdTaken = connection));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(thirdTaken).toBeUndefined();
    pool.giveBack(b);
    await third;
    expect(thirdTaken).toBe(b);
    expect(a).not.toBe(b);
    pool.close();
    await new Promise<void>((resolve) => started.server.close(() => resolve()));
  });

  it('opens a new connection rather than use one the server has closed', async () => {
    const started = await rawServer(() => [ok('{}')]);
    const pool = new KeepAlivePool(started.url, 2);
    const first = await pool.take();
    await first.send(encodeRequest(started.url, 'GET', '/', undefined));
    pool.giveBack(first);
    // The server ends the idle connection, as Node's keepAliveTimeout does.
    for (const socket of started.sockets) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await pool.take();
    expect(second).not.toBe(first);
    await expect(second.send(encodeRequest(started.url, 'GET', '/', undefined))).resolves.toMatchObject({
      status: 200,
    });
    pool.close();
    await new Promise<void>((resolve) => started.server.close(() => resolve()));
  });
});
