import type { Config } from '../config';
import { MailOutboxRepository } from '../db/repositories/mailOutbox';
import type { JobHandler } from '../jobs/handlers';
import { type MailTransport, smtpTransport } from './transport';

export const MAIL_DELIVERY = 'mail.deliver';

export interface MailDeliveryPayload {
  organisationId: string;
  mailId: string;
  locale: string;
  [key: string]: unknown;
}

type Outcome = 'sent' | 'already-sent' | 'gone' | 'no-smtp';

/**
 * Sends one outbox mail over SMTP, as a job: queued with the change that wrote the mail, so a
 * mail pending when the process stopped still leaves after a restart. A mail already marked sent
 * is never sent again; a crash between the SMTP hand-over and marking it sent can send it twice
 * (at-least-once, as SMTP itself is).
 */
export function mailDeliveryHandler(
  config: Pick<Config, 'smtp' | 'mailFrom'>,
  transport: MailTransport | null = config.smtp ? smtpTransport(config.smtp) : null,
): JobHandler<Outcome> & { close(): void } {
  const payloadOf = (payload: Record<string, unknown>) => payload as MailDeliveryPayload;
  return {
    type: MAIL_DELIVERY,
    async effect({ db, job, log }) {
      const { organisationId, mailId, locale } = payloadOf(job.payload);
      const mail = await new MailOutboxRepository(db, organisationId).find(mailId);
      if (!mail) return 'gone';
      if (mail.status === 'sent' || mail.status === 'kept') return 'already-sent';
      if (!transport) return 'no-smtp';
      await transport.send({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? '',
        attachments: mail.attachments,
        language: locale,
      });
      log.info({ mailId }, 'mail sent');
      return 'sent';
    },
    async handle({ tx, job, now, effect }) {
      const { organisationId, mailId } = payloadOf(job.payload);
      const outbox = new MailOutboxRepository(tx, organisationId);
      if (effect === 'sent') await outbox.markSent(mailId, now);
      // SMTP was switched off since the mail was written: it stays for an admin to read.
      if (effect === 'no-smtp') await outbox.markKept(mailId);
    },
    async onFailure({ tx, job, error }) {
      const { organisationId, mailId } = payloadOf(job.payload);
      await new MailOutboxRepository(tx, organisationId).markFailed(mailId, error.message);
    },
    close: () => transport?.close(),
  };
}
