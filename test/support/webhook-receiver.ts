import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebhookRequest {
  deliveryId: string;
  signature: string;
  /** The body exactly as it came over the wire: the signature is over these bytes. */
  raw: string;
  body: {
    type: 'notification' | 'digest';
    recipientId: string;
    deliverAt: string;
    notifications: {
      id: string;
      courseId: string;
      kind: string;
      payload: Record<string, unknown>;
      createdAt: string;
    }[];
  };
  answeredWith: number;
}

/** A webhook receiver on a spare local port that records every request and can be told to fail. */
export class WebhookReceiver {
  readonly requests: WebhookRequest[] = [];
  private readonly refusalsLeft = new Map<string, number>();
  private readonly server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = JSON.parse(raw) as WebhookRequest['body'];
      const status = this.refuses(body) ? 500 : 204;
      this.requests.push({
        deliveryId: String(request.headers['x-icm-delivery']),
        signature: String(request.headers['x-icm-signature']),
        raw,
        body,
        answeredWith: status,
      });
      response.writeHead(status).end();
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/icm-notifications`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Answers 500 to the next `times` messages that carry a notification of this kind. */
  refuse(kind: string, times: number): void {
    this.refusalsLeft.set(kind, times);
  }

  /** The messages accepted that carry a notification of this kind for this recipient. */
  accepted(recipientId: string, kind: string): WebhookRequest[] {
    return this.requests.filter(
      (request) =>
        request.answeredWith < 300 &&
        request.body.recipientId === recipientId &&
        request.body.notifications.some((notification) => notification.kind === kind),
    );
  }

  private refuses(body: WebhookRequest['body']): boolean {
    const kind = body.notifications
      .map((notification) => notification.kind)
      .find((candidate) => (this.refusalsLeft.get(candidate) ?? 0) > 0);
    if (kind === undefined) return false;
    this.refusalsLeft.set(kind, this.refusalsLeft.get(kind)! - 1);
    return true;
  }
}
