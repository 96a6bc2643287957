import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config';

export interface MailTransport {
  send(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    language: string;
  }): Promise<void>;
  close(): void;
}

/** Sends through the configured SMTP server, upgrading to TLS when the server offers it. */
export function smtpTransport(smtp: SmtpConfig): MailTransport {
  const transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    // Well within the delivery job's lease (5 minutes): a hanging server fails the attempt,
    // rather than another instance taking the job and sending the mail a second time.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send({ language, ...mail }) {
      await transporter.sendMail({ ...mail, headers: { 'Content-Language': language } });
    },
    close: () => transporter.close(),
  };
}
