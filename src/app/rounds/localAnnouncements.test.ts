import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, createPerson } from '../../../test/factories';
import { createProgrammeRow, enrol, keepingMailer } from '../../../test/programmeFactories';
import type { Database } from '../../db/client';
import type { Mailer } from '../../mail/mailer';
import { LATER_ANNOUNCEMENT, type LaterAnnouncement, sendLaterAnnouncement } from './announceLater';
import { runDueRounds } from './runDueRounds';

// Monday 1 June 2026, 09:00 in Brussels (summer time) is 07:00 UTC; the round runs a minute on.
const due = new Date('2026-06-01T07:00:00Z');
const now = new Date('2026-06-01T07:01:00Z');

describeEachDatabase('a scheduled round reaches each member at their own local time', (getDb) => {
  let db: Database;
  let mailer: Mailer;
  beforeAll(async () => {
    db = getDb();
    mailer = await keepingMailer(db, () => now);
  });

  const mailedTo = async (emails: string[]) =>
    (
      await db.query<{ to_address: string }>(
        'select to_address from mail_outbox where to_address = any($1::text[]) order by to_address',
        [emails],
      )
    ).map((row) => row.to_address);

  it('mails Brussels and Tokyo at once, New York at 09:00 New York time, and notifies all now', async () => {
    const org = await createOrganisation(db);
    const coffee = await createProgrammeRow(db, org.id, 'coffee', { nextRoundAt: due });
    const people = { brussels: [] as string[], tokyo: [] as string[], newYork: [] as string[] };
    const zones = { brussels: 'Europe/Brussels', tokyo: 'Asia/Tokyo', newYork: 'America/New_York' };
    for (const [where, zone] of Object.entries(zones) as [keyof typeof zones, string][]) {
      for (let i = 0; i < 2; i++) {
        const person = await createPerson(db, org.id, { name: `${where} ${i}` });
        await db.query('update people set time_zone = $2 where id = $1', [person.id, zone]);
        await enrol(db, coffee, person);
        people[where].push(person.email);
      }
    }
    const report = await runDueRounds({ db, mailer, publicUrl: 'https://samen.example' }, now);
    expect(report.published).toHaveLength(1);
    const everyone = [...people.brussels, ...people.tokyo, ...people.newYork];
    expect(await mailedTo(everyone)).toEqual([...people.brussels, ...people.tokyo].sort());
    const [{ notified }] = await db.query<{ notified: number }>(
      `select count(*)::int as notified from notifications
        where organisation_id = $1 and kind = 'programmes.matched'`,
      [org.id],
    );
    expect(notified).toBe(6);

    const jobs = await db.query<{ run_at: Date; payload: LaterAnnouncement }>(
      'select run_at, payload from jobs where type = $1 and payload->>$2 = $3',
      [LATER_ANNOUNCEMENT, 'organisationId', org.id],
    );
    // 09:00 in New York (summer time, UTC-4) is 13:00 UTC.
    expect(jobs.map((job) => job.run_at.toISOString())).toEqual(['2026-06-01T13:00:00.000Z']);
    const later = new Date('2026-06-01T13:00:00Z');
    await mailer.transaction((tx, mail) =>
      sendLaterAnnouncement(tx, mail, 'https://samen.example', jobs[0].payload, later),
    );
    expect(await mailedTo(everyone)).toEqual([...everyone].sort());
    const [{ total }] = await db.query<{ total: number }>(
      `select count(*)::int as total from notifications
        where organisation_id = $1 and kind = 'programmes.matched'`,
      [org.id],
    );
    expect(total).toBe(6);
  });
});
