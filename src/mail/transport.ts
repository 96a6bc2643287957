import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config';
import type { MailAttachment } from './message';

export interface MailTransport {
  send(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    attachments: MailAttachment[];
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
  });
  return {
    async send({ language, ...mail }) {
      await transporter.sendMail({ ...mail, headers: { 'Content-Language': language } });
    },
    close: () => transporter.close(),
  };
}
