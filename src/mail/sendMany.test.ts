import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/database';
import { createOrganisation } from '../../test/factories';
import { type MailCatcher, startMailCatcher } from '../../test/mailCatcher';
import { loadConfig } from '../config';
import type { Database } from '../db/client';
import { JobsRepository } from '../db/repositories/jobs';
import { createTranslator, type Translator } from '../i18n/catalog';
import { startBackgroundWork } from '../jobs/background';
import { enqueue, enqueueMany } from '../jobs/enqueue';
import { MAIL_DELIVERY } from './delivery';
import { Mailer, type MailJobs } from './mailer';
import type { MailTemplate, MailToSend } from './message';

const greeting =
  (name: string): MailTemplate =>
  (t, locale) => ({
    subject: t('mail:passwordReset.subject'),
    text: `${t('mail:greeting', { name })} (${locale})`,
    html: `<p>${name}</p>`,
    attachments: [{ filename: 'invite.ics', contentType: 'text/calendar', content: name }],
  });

const SMTP = { host: '127.0.0.1', port: 2525, secure: false, user: null, password: null };
const NOW = new Date('2026-11-30T08:00:00.000Z');

let translator: Translator;

/** A mailer whose delivery jobs stay in the table (no runner), counting its nudges. */
function mailerWithoutRunner(db: Database, smtp: typeof SMTP | null) {
  const jobs: MailJobs & { nudges: number } = {
    nudges: 0,
    nudge() {
      this.nudges++;
    },
    idle: async () => undefined,
  };
  const mailer = new Mailer({
    db,
    config: { smtp, mailFrom: 'samen@mail.test' },
    translator,
    now: () => NOW,
    jobs,
  });
  return { mailer, jobs };
}

const mailsTo = (
  organisation: { id: string; isDemo: boolean },
  names: string[],
  locale: 'nl' | 'en' = 'en',
): MailToSend[] =>
  names.map((name) => ({
    organisation,
    to: `${name}@mail.test`,
    locale,
    template: greeting(name),
  }));

async function outboxOf(db: Database, organisationId: string) {
  return db.query<{
    id: string;
    to_address: string;
    subject: string;
    text_body: string;
    html_body: string;
    status: string;
    created_at: Date;
    attachments: unknown;
  }>(
    `select id, to_address, subject, text_body, html_body, status, created_at, attachments
       from mail_outbox where organisation_id = $1 order by to_address`,
    [organisationId],
  );
}

async function deliveryJobsOf(db: Database, organisationId: string) {
  return db.query<{
    payload: { organisationId: string; mailId: string; locale: string };
    unique_key: string;
    max_attempts: number;
    run_at: Date;
    status: string;
  }>(
    `select payload, unique_key, max_attempts, run_at, status from jobs
      where type = $1 and payload ->> 'organisationId' = $2`,
    [MAIL_DELIVERY, organisationId],
  );
}

describeEachDatabase('MailOutbox.sendMany', (db) => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    translator = await createTranslator();
    catcher = await startMailCatcher();
  });
  afterAll(async () => {
    await catcher.close();
  });

  it('writes every mail rendered in its language, pending, with one delivery job each', async () => {
    const org = await createOrganisation(db());
    const { mailer, jobs } = mailerWithoutRunner(db(), SMTP);
    await mailer.transaction(async (_tx, outbox) => {
      await outbox.sendMany([
        ...mailsTo({ id: org.id, isDemo: false }, ['ann', 'bob'], 'nl'),
        ...mailsTo({ id: org.id, isDemo: false }, ['cas']),
      ]);
      expect(jobs.nudges).toBe(0);
    });
    expect(jobs.nudges).toBe(1);
    const rows = await outboxOf(db(), org.id);
    expect(rows.map((row) => [row.to_address, row.status, row.subject])).toEqual([
      ['ann@mail.test', 'pending', 'Kies een nieuw wachtwoord voor Samen'],
      ['bob@mail.test', 'pending', 'Kies een nieuw wachtwoord voor Samen'],
      ['cas@mail.test', 'pending', 'Choose a new password for Samen'],
    ]);
    expect(rows[0].text_body).toContain('Hallo ann, (nl)');
    expect(rows[2].html_body).toBe('<p>cas</p>');
    expect(rows[2].attachments).toEqual([
      { filename: 'invite.ics', contentType: 'text/calendar', content: 'cas' },
    ]);
    expect(rows.every((row) => row.created_at.getTime() === NOW.getTime())).toBe(true);
    const queued = await deliveryJobsOf(db(), org.id);
    expect(queued).toHaveLength(3);
    const byMail = new Map(queued.map((job) => [job.payload.mailId, job]));
    for (const row of rows) {
      expect(byMail.get(row.id)).toMatchObject({
        unique_key: `mail:${row.id}`,
        max_attempts: 8,
        status: 'queued',
        run_at: NOW,
        payload: {
          organisationId: org.id,
          mailId: row.id,
          locale: row.to_address === 'cas@mail.test' ? 'en' : 'nl',
        },
      });
    }
  });

  it('keeps the mails without SMTP, and a demo organisation’s always, queuing no job', async () => {
    const org = await createOrganisation(db());
    const demo = await createOrganisation(db(), { isDemo: true });
    const withoutSmtp = mailerWithoutRunner(db(), null);
    await withoutSmtp.mailer.transaction((_tx, outbox) =>
      outbox.sendMany(mailsTo({ id: org.id, isDemo: false }, ['dan', 'eva'])),
    );
    expect(withoutSmtp.jobs.nudges).toBe(0);
    expect((await outboxOf(db(), org.id)).map((row) => row.status)).toEqual(['kept', 'kept']);
    expect(await deliveryJobsOf(db(), org.id)).toHaveLength(0);

    const other = await createOrganisation(db());
    const withSmtp = mailerWithoutRunner(db(), SMTP);
    await withSmtp.mailer.transaction((_tx, outbox) =>
      outbox.sendMany([
        ...mailsTo({ id: demo.id, isDemo: true }, ['fay', 'gus']),
        ...mailsTo({ id: other.id, isDemo: false }, ['hal']),
      ]),
    );
    expect((await outboxOf(db(), demo.id)).map((row) => row.status)).toEqual(['kept', 'kept']);
    expect(await deliveryJobsOf(db(), demo.id)).toHaveLength(0);
    expect((await outboxOf(db(), other.id)).map((row) => row.status)).toEqual(['pending']);
    expect(await deliveryJobsOf(db(), other.id)).toHaveLength(1);
    expect(withSmtp.jobs.nudges).toBe(1);
  });

  it('writes nothing and queues nothing when the transaction rolls back', async () => {
    const org = await createOrganisation(db());
    const { mailer, jobs } = mailerWithoutRunner(db(), SMTP);
    const failed = mailer.transaction(async (_tx, outbox) => {
      await outbox.sendMany(mailsTo({ id: org.id, isDemo: false }, ['ida', 'jan', 'kim']));
      throw new Error('the change failed');
    });
    await expect(failed).rejects.toThrow('the change failed');
    expect(await outboxOf(db(), org.id)).toHaveLength(0);
    expect(await deliveryJobsOf(db(), org.id)).toHaveLength(0);
    expect(jobs.nudges).toBe(0);
  });

  it('writes into a transaction someone else runs, in statements of a thousand', async () => {
    const org = await createOrganisation(db());
    const { mailer, jobs } = mailerWithoutRunner(db(), SMTP);
    const names = Array.from({ length: 2003 }, (_, i) => `p${String(i).padStart(4, '0')}`);
    await db().transaction((tx) =>
      mailer.outbox(tx).sendMany(mailsTo({ id: org.id, isDemo: false }, names)),
    );
    const rows = await outboxOf(db(), org.id);
    expect(rows.map((row) => row.to_address)).toEqual(names.map((name) => `${name}@mail.test`));
    expect(rows.every((row) => row.text_body.includes(row.to_address.split('@')[0]))).toBe(true);
    const queued = await deliveryJobsOf(db(), org.id);
    expect(new Set(queued.map((job) => job.payload.mailId))).toEqual(
      new Set(rows.map((row) => row.id)),
    );
    expect(jobs.nudges).toBe(0);
  });

  it('sends nothing for an empty list', async () => {
    const { mailer, jobs } = mailerWithoutRunner(db(), SMTP);
    await mailer.transaction((_tx, outbox) => outbox.sendMany([]));
    expect(jobs.nudges).toBe(0);
  });

  it('has a batch delivered through SMTP by the job runner once it commits', async () => {
    const org = await createOrganisation(db());
    const background = startBackgroundWork({
      db: db(),
      config: loadConfig({ NODE_ENV: 'test', ...catcher.env }),
      translator,
      log: pino({ level: 'silent' }),
      now: () => new Date(),
      pollIntervalMs: 20,
    });
    try {
      const names = ['batch-lea', 'batch-max', 'batch-noa'];
      await background.mailer.transaction((_tx, outbox) =>
        outbox.sendMany(mailsTo({ id: org.id, isDemo: false }, names, 'nl')),
      );
      await background.mailer.idle();
      const arrived = catcher.mails.filter((mail) => mail.to.startsWith('batch-'));
      expect(arrived.map((mail) => mail.to).sort()).toEqual(names.map((n) => `${n}@mail.test`));
      expect(arrived.every((mail) => mail.language === 'nl')).toBe(true);
      expect(arrived.every((mail) => mail.attachments[0]?.filename === 'invite.ics')).toBe(true);
      expect((await outboxOf(db(), org.id)).map((row) => row.status)).toEqual([
        'sent',
        'sent',
        'sent',
      ]);
      expect((await deliveryJobsOf(db(), org.id)).map((job) => job.status)).toEqual([
        'done',
        'done',
        'done',
      ]);
    } finally {
      await background.stop();
    }
  });
});

describeEachDatabase('enqueueMany', (db) => {
  const keyed = (key: string, note: string) => ({
    type: 'noop',
    payload: { note },
    uniqueKey: key,
    runAt: NOW,
  });

  it('adds each unique key once: one used before, or earlier in the list, is left out', async () => {
    await db().transaction((tx) => enqueue(tx, keyed('many:a', 'first')));
    const added = await db().transaction((tx) =>
      enqueueMany(tx, [
        keyed('many:a', 'again'),
        keyed('many:b', 'b'),
        keyed('many:b', 'b again'),
        keyed('many:c', 'c'),
        { type: 'noop', payload: { note: 'no key 1' } },
        { type: 'noop', payload: { note: 'no key 2' } },
      ]),
    );
    expect(added).toBe(4);
    const jobs = new JobsRepository(db());
    expect((await jobs.findByKey('many:a'))?.payload).toEqual({ note: 'first' });
    expect((await jobs.findByKey('many:b'))?.payload).toEqual({ note: 'b' });
    expect(await jobs.findByKey('many:c')).toMatchObject({
      type: 'noop',
      runAt: NOW,
      maxAttempts: 5,
      status: 'queued',
    });
    const unkeyed = await db().query<{ run_at: Date; max_attempts: number }>(
      `select run_at, max_attempts from jobs where payload ->> 'note' like 'no key %'`,
    );
    expect(unkeyed).toHaveLength(2);
    // Without runAt a job may run from the transaction's start, as with enqueue.
    expect(Math.abs(unkeyed[0].run_at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('adds nothing when the transaction rolls back, and nothing for an empty list', async () => {
    const failed = db().transaction(async (tx) => {
      await enqueueMany(tx, [keyed('many:rolled-back', 'x')]);
      throw new Error('the change failed');
    });
    await expect(failed).rejects.toThrow('the change failed');
    expect(await new JobsRepository(db()).findByKey('many:rolled-back')).toBeNull();
    expect(await db().transaction((tx) => enqueueMany(tx, []))).toBe(0);
  });
});
