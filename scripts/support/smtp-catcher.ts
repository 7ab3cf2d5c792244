import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** The message exactly as it came over the wire. */
  raw: string;
}

/** An SMTP server on a spare local port that keeps every message it accepts, and can be told to refuse some. */
export class SmtpCatcher {
  readonly accepted: CaughtEmail[] = [];
  refused = 0;
  private refusalsLeft = 0;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (this.refusalsLeft > 0) {
          this.refusalsLeft -= 1;
          this.refused += 1;
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            this.accepted.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              raw,
            });
            callback();
          })
          .catch(callback);
      });
    },
  });

  /** Listens on a free port (or the given one, to come back where it was) and answers it. */
  async start(port = 0): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    return (this.server.server.address() as AddressInfo).port;
  }

  /** The next `count` messages are refused with a temporary error. */
  refuse(count: number): void {
    this.refusalsLeft = count;
  }

  to(address: string): CaughtEmail[] {
    return this.accepted.filter((email) => email.to === address);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
