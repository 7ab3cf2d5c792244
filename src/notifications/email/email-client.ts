import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '@src/config/app-config';
import type { EmailMessage } from './email-message';

/** An SMTP server that has not answered by then counts as failed; the job is retried. */
const TIMEOUT_MS = 10_000;

/** Sends e-mails through the configured SMTP server; a refusal or no answer throws. */
@Injectable()
export class EmailClient implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.transport = config.SMTP_HOST
      ? createTransport({
          host: config.SMTP_HOST,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE === 'tls',
          requireTLS: config.SMTP_SECURE === 'starttls',
          ignoreTLS: config.SMTP_SECURE === 'none',
          auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
          connectionTimeout: TIMEOUT_MS,
          greetingTimeout: TIMEOUT_MS,
          socketTimeout: TIMEOUT_MS,
        })
      : null;
  }

  async send(message: EmailMessage, messageId: string): Promise<void> {
    if (!this.transport) throw new Error('SMTP_HOST is no longer set');
    await this.transport.sendMail({ from: this.config.SMTP_FROM, messageId, ...message });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
