import type { Config } from '../config';
import type { Database, Sql } from '../db/client';
import { MailOutboxRepository } from '../db/repositories/mailOutbox';
import type { Translator } from '../i18n/catalog';
import { enqueue } from '../jobs/enqueue';
import { MAIL_DELIVERY, type MailDeliveryPayload } from './delivery';
import type { MailOutbox, MailToSend } from './message';

/** The job runner, as far as mail needs it. */
export interface MailJobs {
  /** Looks for due jobs now: a queued mail leaves without waiting for the next poll. */
  nudge(): void;
  /** Resolves once no job is running and none is due. */
  idle(): Promise<void>;
}

/**
 * For code that writes mail with no runner in its own process (tests, benchmarks, the CLI): the
 * delivery jobs wait in the table for a server's runner.
 */
export const noLocalRunner: MailJobs = { nudge: () => undefined, idle: async () => undefined };

/**
 * Every mail is written to `mail_outbox`, in the same transaction as the change that sends it.
 * With SMTP configured, that transaction also queues a `mail.deliver` job for it (see
 * ./delivery.ts), so the mail leaves once the change commits, in the background, and still
 * leaves after a restart: the request does not wait for the SMTP server (nor does its timing
 * tell whether a mail was sent), and a failure is marked on the mail and retried, never passed
 * on to the request. Without SMTP mails are kept, and an admin reads them in the outbox. Demo
 * organisations' mails are always kept: their made-up addresses may belong to real people.
 */
export class Mailer {
  constructor(
    private readonly deps: {
      db: Database;
      config: Pick<Config, 'smtp' | 'mailFrom'>;
      translator: Translator;
      now: () => Date;
      jobs: MailJobs;
    },
  ) {}

  /** Runs fn in one transaction with an outbox; the mails it wrote leave once it commits. */
  async transaction<T>(fn: (tx: Sql, outbox: MailOutbox) => Promise<T>): Promise<T> {
    let queued = false;
    const result = await this.deps.db.transaction((tx) =>
      fn(tx, {
        send: async (mail) => {
          if (await this.write(tx, mail)) queued = true;
        },
      }),
    );
    if (queued) this.deps.jobs.nudge();
    return result;
  }

  /**
   * An outbox writing into a transaction someone else runs (a job's): its mails leave once that
   * commits, at the runner's next look.
   */
  outbox(tx: Sql): MailOutbox {
    return {
      send: async (mail) => {
        await this.write(tx, mail);
      },
    };
  }

  /** Resolves once every mail handed over so far has been sent or has failed. */
  idle(): Promise<void> {
    return this.deps.jobs.idle();
  }

  /** Writes the mail; true when a delivery job was queued for it. */
  private async write(tx: Sql, mail: MailToSend): Promise<boolean> {
    const rendered = mail.template(
      (key, params) => this.deps.translator.t(mail.locale, key, params),
      mail.locale,
    );
    const leaves = this.deps.config.smtp !== null && !mail.organisation.isDemo;
    const now = this.deps.now();
    const id = await new MailOutboxRepository(tx, mail.organisation.id).add({
      to: mail.to,
      ...rendered,
      attachments: rendered.attachments ?? [],
      status: leaves ? 'pending' : 'kept',
      createdAt: now,
    });
    if (!leaves) return false;
    const payload: MailDeliveryPayload = {
      organisationId: mail.organisation.id,
      mailId: id,
      locale: mail.locale,
    };
    await enqueue(tx, {
      type: MAIL_DELIVERY,
      payload,
      runAt: now,
      uniqueKey: `mail:${id}`,
      maxAttempts: 8,
    });
    return true;
  }
}
