import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient } from './http-client';

describe('HttpClient', () => {
  let server: Server;
  let client: HttpClient;
  afterEach(async () => {
    client.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('closes an idle connection before the keep-alive time the server announced, not when the server does', async () => {
    server = createServer((_request, response) => response.end('{}'));
    // Announces two seconds; would itself close only after twelve.
    server.keepAliveTimeout = 2000;
    server.keepAliveTimeoutBuffer = 10_000;
    const closedByClient = new Promise<number>((resolve) =>
      server.on('connection', (socket) => socket.on('close', () => resolve(Date.now()))),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    client = new HttpClient(new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), 1);

    const answer = await client.send('GET', '/');
    const answeredAt = Date.now();
    const closedAt = await closedByClient;

    expect(answer.status).toBe(200);
    expect(closedAt - answeredAt).toBeLessThan(2000);
  });
});
