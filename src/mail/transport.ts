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

const CALENDAR_METHOD = /^text\/calendar;.*\bmethod=([A-Z]+)/i;

/**
 * Sends through the configured SMTP server, upgrading to TLS when the server offers it. A
 * calendar invitation goes as nodemailer's icalEvent: a text/calendar alternative with its method
 * (which Outlook and Gmail show with accept and decline) plus the same file attached.
 */
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
    async send({ language, attachments, ...mail }) {
      const invitation = attachments.find((file) => CALENDAR_METHOD.test(file.contentType));
      await transporter.sendMail({
        ...mail,
        attachments: attachments.filter((file) => file !== invitation),
        icalEvent: invitation
          ? {
              method: CALENDAR_METHOD.exec(invitation.contentType)![1].toUpperCase(),
              filename: invitation.filename,
              content: invitation.content,
            }
          : undefined,
        headers: { 'Content-Language': language },
      });
    },
    close: () => transporter.close(),
  };
}
