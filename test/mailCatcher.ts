import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The Content-Language header. */
  language: string | undefined;
  attachments: { filename: string; contentType: string; content: string }[];
}

export interface MailCatcher {
  /** SMTP_HOST and SMTP_PORT for startTestServer's environment. */
  env: Record<string, string>;
  /** Every mail received so far. */
  mails: CaughtMail[];
  /** Resolves with the next mail not yet taken, waiting for it if needed. */
  next(): Promise<CaughtMail>;
  close(): Promise<void>;
}

/** A real SMTP server on a free local port (or the one given) that keeps what it receives, parsed. */
export async function startMailCatcher(port = 0): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const waiting: Array<(mail: CaughtMail) => void> = [];
  let taken = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
          const mail: CaughtMail = {
            to: to?.value[0]?.address ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            language: parsed.headers.get('content-language')?.toString(),
            attachments: parsed.attachments.map((file) => ({
              filename: file.filename ?? '',
              contentType: file.contentType,
              content: file.content.toString('utf8'),
            })),
          };
          mails.push(mail);
          waiting.shift()?.(mail);
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: listening } = server.server.address() as AddressInfo;
  return {
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(listening), SMTP_SECURE: 'false' },
    mails,
    next() {
      const index = taken++;
      if (index < mails.length) return Promise.resolve(mails[index]);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
