import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { actorFor, createOrganisation, createPerson } from '../../../test/factories';
import {
  createProgrammeRow,
  enrol,
  keepingMailer,
  roundDeps,
} from '../../../test/programmeFactories';
import { ParticipantRepository } from '../../db/repositories/participants';
import { ProgrammeRepository } from '../../db/repositories/programmes';
import { RoundCohortRepository } from '../../db/repositories/roundCohort';
import { RoundRepository } from '../../db/repositories/rounds';
import { publishRound } from '../rounds/publishRound';
import { startRound } from '../rounds/startRound';
import { getProgrammeStats } from './getProgrammeStats';

const now = new Date('2026-06-01T08:00:00Z');

describeEachDatabase('programme figures', (db) => {
  it('counts answers, meetings held, the unmatched and who went silent', async () => {
    const org = await createOrganisation(db());
    const admin = await createPerson(db(), org.id, { role: 'admin' });
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await createPerson(db(), org.id, { name: `P${i}` }));
    const coffee = await createProgrammeRow(db(), org.id, 'coffee', { groupSize: 2 });
    for (const p of people.slice(0, 4)) await enrol(db(), coffee, p);
    await enrol(db(), coffee, people[4], { status: 'paused', pausedUntil: '2026-07-01' });
    const mailer = await keepingMailer(db(), () => now);
    const actor = actorFor(admin);
    const round = await mailer.transaction((tx, mail) =>
      startRound(roundDeps(tx, mail, org.id, now), actor, { programmeId: coffee }),
    );
    await mailer.transaction((tx, mail) =>
      publishRound(roundDeps(tx, mail, org.id, now), actor, { roundId: round.id }),
    );
    const [first, second] = round.matches;
    const [a, b] = first.members.map((m) => m.person.id);
    await db().query(`update match_members set response = 'accepted' where match_id = $1`, [
      first.id,
    ]);
    await db().query(
      `update match_members set response = 'declined' where match_id = $1 and person_id = $2`,
      [second.id, second.members[0].person.id],
    );
    // Both say they met on 3 June (one meeting), one says so for 10 June too; a "no" counts nothing.
    await db().query(
      `insert into match_feedback (organisation_id, match_id, person_id, meeting_on, answer) values
         ($1, $2, $3, '2026-06-03', 'yes'), ($1, $2, $4, '2026-06-03', 'yes'),
         ($1, $2, $3, '2026-06-10', 'yes'), ($1, $5, $6, '2026-06-03', 'no')`,
      [org.id, first.id, a, b, second.id, second.members[0].person.id],
    );
    await db().query(
      'update programme_participants set silent_rounds = 3 where programme_id = $1 and person_id = $2',
      [coffee, b],
    );
    const stats = await getProgrammeStats(
      {
        programmes: new ProgrammeRepository(db(), org.id),
        participants: new ParticipantRepository(db(), org.id),
        cohort: new RoundCohortRepository(db(), org.id),
        rounds: new RoundRepository(db(), org.id),
        now,
      },
      actor,
      { id: coffee },
    );
    expect(stats).toMatchObject({
      enrolled: 4,
      paused: 1,
      left: 0,
      rounds: 1,
      matches: 2,
      matchedPeople: 4,
      accepted: 2,
      declined: 1,
      pending: 1,
      meetingsHeld: 2,
      unmatched: [],
    });
    expect(stats.silent.map((s) => s.person.id).sort()).toEqual([b, people[4].id].sort());
  });
});
