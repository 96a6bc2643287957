import type { Config } from '../config';
import type { Database, Sql } from '../db/client';
import { MAIL_BATCH_SIZE, MailOutboxRepository } from '../db/repositories/mailOutbox';
import type { Translator } from '../i18n/catalog';
import { type EnqueueOptions, enqueue, enqueueMany } from '../jobs/enqueue';
import { MAIL_DELIVERY, type MailDeliveryPayload } from './delivery';
import type { MailOutbox, MailToSend, RenderedMail } from './message';

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
        sendMany: async (mails) => {
          if (await this.writeMany(tx, mails)) queued = true;
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
      sendMany: async (mails) => {
        await this.writeMany(tx, mails);
      },
    };
  }

  /** Resolves once every mail handed over so far has been sent or has failed. */
  idle(): Promise<void> {
    return this.deps.jobs.idle();
  }

  private render(mail: MailToSend): RenderedMail {
    return mail.template(
      (key, params) => this.deps.translator.t(mail.locale, key, params),
      mail.locale,
    );
  }

  /** Whether the mail is delivered, or only kept in the outbox. */
  private leaves(mail: MailToSend): boolean {
    return this.deps.config.smtp !== null && !mail.organisation.isDemo;
  }

  private deliveryJob(mail: MailToSend, id: string, now: Date): EnqueueOptions {
    const payload: MailDeliveryPayload = {
      organisationId: mail.organisation.id,
      mailId: id,
      locale: mail.locale,
    };
    return {
      type: MAIL_DELIVERY,
      payload,
      runAt: now,
      uniqueKey: `mail:${id}`,
      maxAttempts: 8,
    };
  }

  /** Writes the mail; true when a delivery job was queued for it. */
  private async write(tx: Sql, mail: MailToSend): Promise<boolean> {
    const rendered = this.render(mail);
    const leaves = this.leaves(mail);
    const now = this.deps.now();
    const id = await new MailOutboxRepository(tx, mail.organisation.id).add({
      to: mail.to,
      ...rendered,
      attachments: rendered.attachments ?? [],
      status: leaves ? 'pending' : 'kept',
      createdAt: now,
    });
    if (!leaves) return false;
    await enqueue(tx, this.deliveryJob(mail, id, now));
    return true;
  }

  /**
   * Writes the mails as `write` does each, a thousand of an organisation per statement (rendered
   * just before, so a large round's bodies are not all in memory at once), and all their
   * delivery jobs with one `enqueueMany`; true when any job was queued.
   */
  private async writeMany(tx: Sql, mails: readonly MailToSend[]): Promise<boolean> {
    const now = this.deps.now();
    const byOrganisation = new Map<string, MailToSend[]>();
    for (const mail of mails) {
      const list = byOrganisation.get(mail.organisation.id);
      if (list) list.push(mail);
      else byOrganisation.set(mail.organisation.id, [mail]);
    }
    const jobs: EnqueueOptions[] = [];
    for (const [organisationId, list] of byOrganisation) {
      const outbox = new MailOutboxRepository(tx, organisationId);
      for (let start = 0; start < list.length; start += MAIL_BATCH_SIZE) {
        const batch = list.slice(start, start + MAIL_BATCH_SIZE);
        const ids = await outbox.addMany(
          batch.map((mail) => {
            const rendered = this.render(mail);
            return {
              to: mail.to,
              ...rendered,
              attachments: rendered.attachments ?? [],
              status: this.leaves(mail) ? 'pending' : 'kept',
              createdAt: now,
            };
          }),
        );
        batch.forEach((mail, i) => {
          if (this.leaves(mail)) jobs.push(this.deliveryJob(mail, ids[i], now));
        });
      }
    }
    await enqueueMany(tx, jobs);
    return jobs.length > 0;
  }
}
