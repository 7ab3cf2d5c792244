import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { AppConfig } from '@src/config/app-config';
import type { WebhookMessage } from './webhook-message';

/** A receiver that has not answered by then counts as failed; the job is retried. */
const TIMEOUT_MS = 10_000;

/** `sha256=` and the hex HMAC-SHA-256 of the exact body bytes, keyed with the shared secret. */
export const signatureOf = (body: string, secret: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** POSTs signed messages to the configured webhook; anything but a 2xx answer throws. */
@Injectable()
export class WebhookClient {
  constructor(private readonly config: AppConfig) {}

  async post(message: WebhookMessage): Promise<void> {
    const { NOTIFICATION_WEBHOOK_URL: url, NOTIFICATION_WEBHOOK_SECRET: secret } = this.config;
    if (!url || !secret) throw new Error('NOTIFICATION_WEBHOOK_URL is no longer set');
    const body = JSON.stringify(message.body);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-ICM-Signature': signatureOf(body, secret),
        'X-ICM-Delivery': message.deliveryId,
      },
      body,
      // A signed message goes to the configured address only.
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`The webhook answered ${response.status}`);
  }
}
