import { expect, it } from 'vitest';
import { insertCheckin } from '../../../test/checkinFactories';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, createPerson } from '../../../test/factories';
import { createMatch, createProgramme, createRound } from '../../../test/matchFactories';
import { createColleague, outboxMailer, scheduleTestMeeting } from '../../../test/meetingFactories';
import type { Database } from '../../db/client';
import { CheckinRhythmRepository } from '../../db/repositories/checkinRhythms';
import { DigestRepository } from '../../db/repositories/digest';
import { OrganisationRepository } from '../../db/repositories/organisations';
import { sendWeeklyDigests } from './sendWeeklyDigests';

// Monday 30 November 2026, 08:00 in Brussels.
const now = new Date('2026-11-30T07:00:00Z');

async function run(db: Database, organisationId: string) {
  const mailer = await outboxMailer(db, () => now);
  return mailer.transaction((tx, mail) =>
    sendWeeklyDigests(
      {
        digest: new DigestRepository(tx, organisationId),
        rhythms: new CheckinRhythmRepository(tx, organisationId),
        organisation: new OrganisationRepository(tx, organisationId),
        mail,
        publicUrl: 'https://samen.example',
      },
      now,
    ),
  );
}

const mailsTo = (db: Database, address: string) =>
  db.query<{ subject: string; text_body: string }>(
    'select subject, text_body from mail_outbox where to_address = $1 order by created_at',
    [address],
  );

describeEachDatabase('the weekly digest', (db) => {
  it('tells each person about their week in their language, and spares the others', async () => {
    const org = await createOrganisation(db());
    const ann = await createColleague(db(), org.id, { name: 'Ann', locale: 'nl' });
    const bob = await createColleague(db(), org.id, { name: 'Bob' });
    const quiet = await createPerson(db(), org.id, { name: 'Quinn' });
    await scheduleTestMeeting(db(), org.id, {
      attendeeIds: [ann.id, bob.id],
      title: 'Buddygesprek',
      intervalWeeks: 1,
      now: new Date('2026-11-20T07:00:00Z'),
    });
    const programme = await createProgramme(db(), org.id, {
      kind: 'coffee',
      name: { en: 'Coffee roulette', nl: 'Koffieroulette' },
    });
    await createMatch(db(), await createRound(db(), programme), [
      { person: ann },
      { person: quiet },
    ]);
    await db().query("update match_members set response = 'accepted' where person_id = $1", [
      quiet.id,
    ]);
    const manager = await createPerson(db(), org.id, { role: 'manager' });
    const checkin = await insertCheckin(db(), { person: ann, manager, scheduledOn: '2026-12-02' });
    await db().query(
      `insert into checkin_actions (organisation_id, person_id, checkin_id, owner_id, title, due_on, created_by)
       values ($1, $2, $3, $2, 'Read the onboarding guide', '2026-12-04', $4)`,
      [org.id, ann.id, checkin, manager.id],
    );
    const before = (await mailsTo(db(), ann.email)).length;

    // Ann and Bob have their weekly talk; Quinn already answered the pairing and has nothing
    // else; the manager has nothing of their own this week.
    expect(await run(db(), org.id)).toBe(2);
    const [digest] = (await mailsTo(db(), ann.email)).slice(before);
    expect(digest.subject).toBe('Jouw week in Samen');
    expect(digest.text_body).toContain('Buddygesprek');
    expect(digest.text_body).toContain('Koffieroulette');
    expect(digest.text_body).toContain('Read the onboarding guide');
    expect(digest.text_body).toContain('woensdag 2 december');
    const bobs = await mailsTo(db(), bob.email);
    expect(bobs.at(-1)?.subject).toBe('Your week in Samen');
    expect(bobs.at(-1)?.text_body).not.toContain('Coffee roulette');
    expect(await mailsTo(db(), quiet.email)).toEqual([]);
    expect(await mailsTo(db(), manager.email)).toEqual([]);
  });

  it('tells a manager how many reports are overdue and how many hands are open, and only them', async () => {
    const org = await createOrganisation(db());
    const mia = await createPerson(db(), org.id, { role: 'manager', name: 'Mia', locale: 'nl' });
    const noor = await createPerson(db(), org.id, { role: 'manager', name: 'Noor' });
    const olly = await createPerson(db(), org.id, { managerId: mia.id, startDate: '2020-01-01' });
    const hana = await createPerson(db(), org.id, { managerId: mia.id, startDate: '2020-01-01' });
    const punctual = await createPerson(db(), org.id, {
      managerId: noor.id,
      startDate: '2020-01-01',
    });
    // Olly last met in October (every three weeks: overdue); Hana met last week and raised a
    // hand; Noor's report met last week and nothing is open.
    await insertCheckin(db(), {
      person: olly,
      manager: mia,
      scheduledOn: '2026-10-01',
      heldOn: '2026-10-01',
    });
    for (const person of [hana, punctual]) {
      await insertCheckin(db(), {
        person,
        manager: person.id === hana.id ? mia : noor,
        scheduledOn: '2026-11-25',
        heldOn: '2026-11-25',
      });
    }
    await db().query(
      `insert into help_signals (organisation_id, person_id, manager_id, body, status)
       values ($1, $2, $3, 'Help with the forecast', 'open'),
              ($1, $2, $3, 'Seen already', 'acknowledged'),
              ($1, $2, $3, 'Long done', 'resolved')`,
      [org.id, hana.id, mia.id],
    );

    expect(await run(db(), org.id)).toBe(1);
    const [digest] = await mailsTo(db(), mia.email);
    expect(digest.text_body).toContain('Je team:');
    expect(digest.text_body).toContain('1 medewerker wacht te lang op een check-in');
    expect(digest.text_body).toContain('2 opgestoken handen staan nog open');
    expect(await mailsTo(db(), noor.email)).toEqual([]);
    for (const report of [olly, hana, punctual]) {
      expect(await mailsTo(db(), report.email)).toEqual([]);
    }
  });

  it('writes nothing for a demo organisation', async () => {
    const org = await createOrganisation(db());
    await db().query('update organisations set is_demo = true where id = $1', [org.id]);
    const ann = await createColleague(db(), org.id);
    const bob = await createColleague(db(), org.id);
    await scheduleTestMeeting(db(), org.id, { attendeeIds: [ann.id, bob.id], now });
    expect(await run(db(), org.id)).toBe(0);
  });
});
