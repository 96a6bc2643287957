import type { Config } from '../config';
import type { Database, Sql } from '../db/client';
import { MailOutboxRepository } from '../db/repositories/mailOutbox';
import type { Translator } from '../i18n/catalog';
import type { Locale } from '../i18n/locales';
import type { MailAttachment, MailOutbox, MailToSend } from './message';
import { type MailTransport, smtpTransport } from './transport';

export interface MailLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

interface Queued {
  organisationId: string;
  id: string;
  to: string;
  locale: Locale;
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
}

/**
 * Every mail is written to `mail_outbox`, in the same transaction as the change that sends it.
 * With SMTP configured, mails leave after that transaction commits, in the background: the
 * request does not wait for the SMTP server (nor does its timing tell whether a mail was sent),
 * and a failure is logged and marked on the mail, never passed on to the request. Without SMTP
 * they are kept, and an admin reads them in the outbox. Demo organisations' mails are always
 * kept: their made-up addresses may belong to real people.
 */
export class Mailer {
  private readonly transport: MailTransport | null;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly deps: {
      db: Database;
      config: Pick<Config, 'smtp' | 'mailFrom'>;
      translator: Translator;
      logger: MailLogger;
      now: () => Date;
    },
  ) {
    this.transport = deps.config.smtp ? smtpTransport(deps.config.smtp) : null;
  }

  /** Runs fn in one transaction with an outbox; the mails it wrote leave once it commits. */
  async transaction<T>(fn: (tx: Sql, outbox: MailOutbox) => Promise<T>): Promise<T> {
    const queued: Queued[] = [];
    const result = await this.deps.db.transaction((tx) =>
      fn(tx, { send: (mail) => this.write(tx, mail, queued) }),
    );
    for (const mail of queued) this.deliverLater(mail);
    return result;
  }

  /** Resolves once every mail handed over so far has been sent or has failed. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
  }

  async close(): Promise<void> {
    await this.idle();
    this.transport?.close();
  }

  private async write(tx: Sql, mail: MailToSend, queued: Queued[]): Promise<void> {
    const rendered = mail.template(
      (key, params) => this.deps.translator.t(mail.locale, key, params),
      mail.locale,
    );
    const leaves = this.transport !== null && !mail.organisation.isDemo;
    const attachments = rendered.attachments ?? [];
    const id = await new MailOutboxRepository(tx, mail.organisation.id).add({
      to: mail.to,
      ...rendered,
      attachments,
      status: leaves ? 'pending' : 'kept',
      createdAt: this.deps.now(),
    });
    if (leaves)
      queued.push({
        organisationId: mail.organisation.id,
        id,
        to: mail.to,
        locale: mail.locale,
        ...rendered,
        attachments,
      });
  }

  private deliverLater(mail: Queued): void {
    const delivery = this.deliver(mail).finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }

  private async deliver(mail: Queued): Promise<void> {
    const outbox = new MailOutboxRepository(this.deps.db, mail.organisationId);
    try {
      await this.transport!.send({
        from: this.deps.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments,
        language: mail.locale,
      });
      await outbox.markSent(mail.id, this.deps.now());
      this.deps.logger.info({ mailId: mail.id }, 'mail sent');
    } catch (error) {
      this.deps.logger.error({ err: error, mailId: mail.id }, 'mail could not be sent');
      await outbox.markFailed(mail.id, (error as Error).message).catch((markError) => {
        this.deps.logger.error({ err: markError, mailId: mail.id }, 'mail failure not recorded');
      });
    }
  }
}
