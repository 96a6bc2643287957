import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/database';
import { createOrganisation } from '../../test/factories';
import { type MailCatcher, startMailCatcher } from '../../test/mailCatcher';
import { loadConfig } from '../config';
import type { Database } from '../db/client';
import { JobsRepository } from '../db/repositories/jobs';
import { MailOutboxRepository } from '../db/repositories/mailOutbox';
import { createTranslator } from '../i18n/catalog';
import { startBackgroundWork } from '../jobs/background';
import { enqueue } from '../jobs/enqueue';
import { MAIL_DELIVERY } from './delivery';
import type { MailTemplate } from './message';

const greeting: MailTemplate = (t, locale) => ({
  subject: t('mail:passwordReset.subject'),
  text: `${t('mail:greeting', { name: 'Ann' })} (${locale})`,
  html: `<p>${locale}</p>`,
});

const quiet = pino({ level: 'silent' });

/** A mailer with its job runner, as `samen serve` builds them; close() stops the runner. */
async function mailerFor(db: Database, env: Record<string, string>, retryMs = 30_000) {
  const background = startBackgroundWork({
    db,
    config: loadConfig({ NODE_ENV: 'test', ...env }),
    translator: await createTranslator(),
    log: quiet,
    now: () => new Date(),
    pollIntervalMs: 20,
    retry: { baseMs: retryMs, maxMs: retryMs },
  });
  return Object.assign(background.mailer, { close: () => background.stop() });
}

const outboxRow = async (db: Database, to: string) =>
  (
    await db.query<{ status: string; error: string | null; sent_at: Date | null; subject: string }>(
      'select status, error, sent_at, subject from mail_outbox where to_address = $1',
      [to],
    )
  )[0];

/** A local port nothing listens on: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describeEachDatabase('Mailer', (db) => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher();
  });
  afterAll(async () => {
    await catcher.close();
  });

  it('sends through SMTP after the transaction commits, in the recipient language', async () => {
    const org = await createOrganisation(db());
    const mailer = await mailerFor(db(), catcher.env);
    await mailer.transaction(async (_tx, outbox) => {
      await outbox.send({
        organisation: { id: org.id, isDemo: false },
        to: 'ann@mail.test',
        locale: 'nl',
        template: greeting,
      });
      expect(catcher.mails.some((mail) => mail.to === 'ann@mail.test')).toBe(false);
    });
    const mail = await catcher.next();
    expect(mail).toMatchObject({
      to: 'ann@mail.test',
      subject: 'Kies een nieuw wachtwoord voor Samen',
      language: 'nl',
    });
    expect(mail.text).toContain('Hallo Ann, (nl)');
    await mailer.idle();
    expect(await outboxRow(db(), 'ann@mail.test')).toMatchObject({
      status: 'sent',
      error: null,
      sent_at: expect.any(Date),
    });
    await mailer.close();
  });

  it('writes and sends nothing when the transaction fails', async () => {
    const org = await createOrganisation(db());
    const mailer = await mailerFor(db(), catcher.env);
    const failed = mailer.transaction(async (_tx, outbox) => {
      await outbox.send({
        organisation: { id: org.id, isDemo: false },
        to: 'rolled-back@mail.test',
        locale: 'en',
        template: greeting,
      });
      throw new Error('the change failed');
    });
    await expect(failed).rejects.toThrow('the change failed');
    await mailer.idle();
    expect(await outboxRow(db(), 'rolled-back@mail.test')).toBeUndefined();
    expect(catcher.mails.some((mail) => mail.to === 'rolled-back@mail.test')).toBe(false);
    await mailer.close();
  });

  it('keeps mail in the outbox without SMTP, and always for demo organisations', async () => {
    const org = await createOrganisation(db());
    const demo = await createOrganisation(db(), { isDemo: true });
    const withoutSmtp = await mailerFor(db(), {});
    await withoutSmtp.transaction((_tx, outbox) =>
      outbox.send({
        organisation: { id: org.id, isDemo: false },
        to: 'kept@mail.test',
        locale: 'en',
        template: greeting,
      }),
    );
    const withSmtp = await mailerFor(db(), catcher.env);
    await withSmtp.transaction((_tx, outbox) =>
      outbox.send({
        organisation: { id: demo.id, isDemo: true },
        to: 'demo@mail.test',
        locale: 'en',
        template: greeting,
      }),
    );
    await withSmtp.idle();
    expect(await outboxRow(db(), 'kept@mail.test')).toMatchObject({ status: 'kept' });
    expect(await outboxRow(db(), 'demo@mail.test')).toMatchObject({ status: 'kept' });
    expect(catcher.mails.some((mail) => mail.to === 'demo@mail.test')).toBe(false);
    await withoutSmtp.close();
    await withSmtp.close();
  });

  it('marks a mail failed when the SMTP server cannot be reached, and goes on', async () => {
    const org = await createOrganisation(db());
    const mailer = await mailerFor(db(), {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await closedPort()),
    });
    const result = await mailer.transaction(async (_tx, outbox) => {
      await outbox.send({
        organisation: { id: org.id, isDemo: false },
        to: 'unreachable@mail.test',
        locale: 'en',
        template: greeting,
      });
      return 'the change itself succeeded';
    });
    expect(result).toBe('the change itself succeeded');
    await mailer.idle();
    const row = await outboxRow(db(), 'unreachable@mail.test');
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/ECONNREFUSED|connect/i);
    await mailer.close();
  });

  it('tries a failed mail again later and marks it sent once it leaves', async () => {
    const org = await createOrganisation(db());
    const port = await closedPort();
    const mailer = await mailerFor(db(), { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port) }, 200);
    await mailer.transaction((_tx, outbox) =>
      outbox.send({
        organisation: { id: org.id, isDemo: false },
        to: 'retried@mail.test',
        locale: 'en',
        template: greeting,
      }),
    );
    await mailer.idle();
    expect(await outboxRow(db(), 'retried@mail.test')).toMatchObject({ status: 'failed' });
    const late = await startMailCatcher(port);
    try {
      const mail = await late.next();
      expect(mail.to).toBe('retried@mail.test');
      await mailer.idle();
      expect(await outboxRow(db(), 'retried@mail.test')).toMatchObject({
        status: 'sent',
        error: null,
      });
    } finally {
      await mailer.close();
      await late.close();
    }
  });

  it('never sends a mail already marked sent, when its delivery runs again', async () => {
    const org = await createOrganisation(db());
    const id = await new MailOutboxRepository(db(), org.id).add({
      to: 'once@mail.test',
      subject: 'Only once',
      text: 'Only once',
      html: '',
      status: 'pending',
      createdAt: new Date(),
    });
    await new MailOutboxRepository(db(), org.id).markSent(id, new Date());
    const jobId = await db().transaction((tx) =>
      enqueue(tx, {
        type: MAIL_DELIVERY,
        payload: { organisationId: org.id, mailId: id, locale: 'en' },
      }),
    );
    const mailer = await mailerFor(db(), catcher.env);
    await mailer.idle();
    await mailer.close();
    expect(catcher.mails.some((mail) => mail.to === 'once@mail.test')).toBe(false);
    expect((await new JobsRepository(db()).find(jobId!))?.status).toBe('done');
  });
});
