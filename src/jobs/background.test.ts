import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/database';
import { createOrganisation } from '../../test/factories';
import { quietLog } from '../../test/jobsFactories';
import { type MailCatcher, startMailCatcher } from '../../test/mailCatcher';
import { loadConfig } from '../config';
import { createTranslator } from '../i18n/catalog';
import { startBackgroundWork } from './background';

describeEachDatabase('Background work', (db) => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher();
  });
  afterAll(async () => {
    await catcher.close();
  });

  it('runs the features’ periodic work in its slots, the digest per organisation zone, and mail they write leaves', async () => {
    const org = await createOrganisation(db());
    const tokyo = await createOrganisation(db());
    await db().query(`update organisations set default_time_zone = 'Asia/Tokyo' where id = $1`, [
      tokyo.id,
    ]);
    const now = new Date('2026-11-30T07:20:00.000Z');
    const ran: string[] = [];
    const background = startBackgroundWork({
      db: db(),
      config: loadConfig({ NODE_ENV: 'test', ...catcher.env }),
      translator: await createTranslator(),
      log: quietLog,
      now: () => now,
      work: {
        dueRounds: async ({ dueAt }) => {
          ran.push(`rounds ${dueAt.toISOString()}`);
        },
        meetingReminders: async ({ dueAt, mail }) => {
          ran.push(`reminders ${dueAt.toISOString()}`);
          await mail.send({
            organisation: { id: org.id, isDemo: false },
            to: 'reminded@mail.test',
            locale: 'nl',
            template: () => ({ subject: 'Herinnering', text: 'Je gesprek begint zo', html: '' }),
          });
        },
        weeklyDigest: async ({ dueAt, zone }) => {
          ran.push(`digest ${zone} ${dueAt.toISOString()}`);
        },
      },
    });
    const mail = await catcher.next();
    await background.mailer.idle();
    await background.stop();
    expect(ran.sort()).toEqual([
      // Monday 08:00 in Tokyo is Sunday 23:00 UTC, in Brussels Monday 07:00 UTC.
      'digest Asia/Tokyo 2026-11-29T23:00:00.000Z',
      'digest Europe/Brussels 2026-11-30T07:00:00.000Z',
      'reminders 2026-11-30T07:15:00.000Z',
      'rounds 2026-11-30T07:20:00.000Z',
    ]);
    expect(mail).toMatchObject({
      to: 'reminded@mail.test',
      subject: 'Herinnering',
      language: 'nl',
    });
  });
});
