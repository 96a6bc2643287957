import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgres, testDatabaseKinds } from '../../test/database';
import { createOrganisation } from '../../test/factories';
import {
  createEffectsTable,
  effectsOf,
  jobById,
  quietLog,
  runnerFor,
  testClock,
} from '../../test/jobsFactories';
import { type MailCatcher, startMailCatcher } from '../../test/mailCatcher';
import { loadTemplate } from '../../test/pgliteTemplate';
import { loadConfig } from '../config';
import { type Database, openDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { JobsRepository } from '../db/repositories/jobs';
import { createTranslator } from '../i18n/catalog';
import { startBackgroundWork } from './background';
import { enqueue } from './enqueue';
import type { JobHandler } from './handlers';

const MINUTE = 60_000;

/** Opens the same database again and again, as a server does at each start. */
interface Reopenable {
  open(): Promise<Database>;
  cleanUp(): Promise<void>;
}

async function reopenable(kind: 'pglite' | 'postgres'): Promise<Reopenable> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'samen-jobs-'));
    let first: Blob | undefined = await loadTemplate();
    return {
      async open() {
        const db = await openDatabase({ dataDir, loadDataDir: first, holder: 'restart test' });
        first = undefined;
        await migrate(db);
        return db;
      },
      async cleanUp() {
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const server = await createEmptyPostgres();
  return {
    async open() {
      const db = await openDatabase({ databaseUrl: server.url, poolSize: 4 });
      await migrate(db);
      return db;
    },
    cleanUp: () => server.drop(),
  };
}

const recorder: JobHandler = {
  type: 'record',
  async handle({ tx, job }) {
    await tx.query('insert into job_effects (job_id, note) values ($1, $2)', [
      job.id,
      `ran attempt ${job.attempts}`,
    ]);
  },
};

for (const kind of testDatabaseKinds()) {
  describe(`Jobs across a restart [${kind}]`, () => {
    let database: Reopenable;
    let catcher: MailCatcher;
    beforeAll(async () => {
      database = await reopenable(kind);
      catcher = await startMailCatcher();
    });
    afterAll(async () => {
      await catcher.close();
      await database.cleanUp();
    });

    it('runs a job enqueued before the restart, and one whose process died running it', async () => {
      const clock = testClock();
      let db = await database.open();
      await createEffectsTable(db);
      const waiting = (await db.transaction((tx) =>
        enqueue(tx, { type: 'record', runAt: clock.now() }),
      ))!;
      const interrupted = (await db.transaction((tx) =>
        enqueue(tx, { type: 'record', runAt: clock.now() }),
      ))!;
      await new JobsRepository(db).claim(
        'process-that-died',
        clock.now(),
        new Date(clock.now().getTime() + 5 * MINUTE),
        1,
      );
      await db.close();

      db = await database.open();
      const runner = runnerFor(db, clock, (handlers) => handlers.register(recorder));
      await runner.idle();
      const [first, second] = [await jobById(db, waiting), await jobById(db, interrupted)];
      const [done, held] =
        first.lockedBy === 'process-that-died' ? [second, first] : [first, second];
      expect(done.status).toBe('done');
      expect(held).toMatchObject({ status: 'queued', lockedBy: 'process-that-died' });

      clock.advance(5 * MINUTE);
      runner.nudge();
      await runner.idle();
      await runner.stop();
      expect(await jobById(db, held.id)).toMatchObject({ status: 'done', attempts: 2 });
      expect(await effectsOf(db, done.id)).toEqual(['ran attempt 1']);
      expect(await effectsOf(db, held.id)).toEqual(['ran attempt 2']);
      await db.close();
    });

    it('delivers a mail that was still pending when the process stopped', async () => {
      const translator = await createTranslator();
      const config = loadConfig({ NODE_ENV: 'test', ...catcher.env });
      const start = (db: Database) =>
        startBackgroundWork({ db, config, translator, log: quietLog, now: () => new Date() });

      let db = await database.open();
      const org = await createOrganisation(db);
      const before = start(db);
      // The process ends right after the change commits, before any runner takes the mail.
      await before.runner.stop();
      await before.mailer.transaction((_tx, outbox) =>
        outbox.send({
          organisation: { id: org.id, isDemo: false },
          to: `restart-${kind}@mail.test`,
          locale: 'en',
          template: () => ({ subject: 'Still here', text: 'After a restart', html: '' }),
        }),
      );
      await before.stop();
      const status = async () =>
        (
          await db.query<{ status: string }>(
            'select status from mail_outbox where to_address = $1',
            [`restart-${kind}@mail.test`],
          )
        )[0].status;
      expect(await status()).toBe('pending');
      await db.close();

      db = await database.open();
      const after = start(db);
      const mail = await catcher.next();
      await after.mailer.idle();
      await after.stop();
      expect(mail).toMatchObject({ to: `restart-${kind}@mail.test`, subject: 'Still here' });
      expect(await status()).toBe('sent');
      await db.close();
    });
  });
}
