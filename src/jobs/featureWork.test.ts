import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/database';
import { createOrganisation, createPerson } from '../../test/factories';
import { quietLog } from '../../test/jobsFactories';
import {
  addParticipant,
  createMatch,
  createProgramme,
  createRound,
} from '../../test/matchFactories';
import { createColleague, scheduleTestMeeting } from '../../test/meetingFactories';
import { createProgrammeRow, enrol } from '../../test/programmeFactories';
import { loadConfig } from '../config';
import type { Database } from '../db/client';
import { createTranslator } from '../i18n/catalog';
import { startBackgroundWork } from './background';

const now = new Date('2026-11-30T07:20:00.000Z');

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const count = async (db: Database, sql: string, params: unknown[]) =>
  (await db.query<{ n: number }>(`select count(*)::int as n from (${sql}) q`, params))[0].n;

describeEachDatabase('The features’ periodic work', (db) => {
  it('publishes the rounds that are due, counts silence, reminds people of tomorrow’s meetings and sends the Monday digest', async () => {
    const org = await createOrganisation(db());
    const coffee = await createProgrammeRow(db(), org.id, 'coffee', {
      nextRoundAt: new Date(now.getTime() - 60_000),
    });
    for (let i = 0; i < 4; i++) await enrol(db(), coffee, await createPerson(db(), org.id));
    const ann = await createColleague(db(), org.id, { name: 'Ann' });
    const bob = await createColleague(db(), org.id, { name: 'Bob' });
    // Scheduled a day earlier: its first proposed time is inside the next 24 hours.
    const meeting = await scheduleTestMeeting(db(), org.id, {
      attendeeIds: [ann.id, bob.id],
      now: new Date(now.getTime() - 86_400_000),
    });

    // A buddy pairing of a finished round nobody answered "did you meet?" for.
    const buddies = await createProgramme(db(), org.id);
    const quiet = [await createPerson(db(), org.id), await createPerson(db(), org.id)];
    for (const person of quiet) await addParticipant(db(), buddies, person);
    const finished = await createRound(db(), buddies);
    await createMatch(
      db(),
      finished,
      quiet.map((person) => ({ person })),
      { status: 'active' },
    );
    await createRound(db(), buddies);

    const background = startBackgroundWork({
      db: db(),
      config: loadConfig({ NODE_ENV: 'test' }),
      translator: await createTranslator(),
      log: quietLog,
      now: () => now,
      pollIntervalMs: 20,
    });
    try {
      await until(
        async () =>
          (await count(
            db(),
            `select 1 from rounds where programme_id = $1 and status = 'published'`,
            [coffee],
          )) === 1,
        'the due round',
      );
      await until(
        async () =>
          (await count(db(), 'select 1 from meeting_reminders where meeting_id = $1', [meeting])) >
          0,
        'the reminder',
      );
      // Monday 08:00 in Brussels has passed: the week's digest is written too.
      await until(
        async () =>
          (await count(
            db(),
            `select 1 from mail_outbox
              where to_address = any($1::text[]) and subject = 'Your week in Samen'`,
            [[ann.email, bob.email]],
          )) === 2,
        'the digests',
      );
      await until(
        async () =>
          (await count(
            db(),
            'select 1 from rounds where id = $1 and silence_counted_at is not null',
            [finished.id],
          )) === 1,
        'the silence count',
      );
      await background.runner.idle();
    } finally {
      await background.stop();
    }
    expect(
      await count(db(), `select 1 from matches where programme_id = $1 and status = 'proposed'`, [
        coffee,
      ]),
    ).toBe(2);
    const reminders = await db().query<{ to_address: string }>(
      `select to_address from mail_outbox where organisation_id = $1 and subject like 'Tomorrow:%'
        order by to_address`,
      [org.id],
    );
    expect(reminders.map((mail) => mail.to_address)).toEqual([ann.email, bob.email].sort());
    const silent = await db().query<{ silent_rounds: number }>(
      'select silent_rounds from programme_participants where programme_id = $1',
      [buddies.id],
    );
    expect(silent).toEqual([{ silent_rounds: 1 }, { silent_rounds: 1 }]);
  });
});
