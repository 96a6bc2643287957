import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, createPerson, type PersonRow } from '../../../test/factories';
import {
  actorOf,
  addParticipant,
  createMatch,
  createProgramme,
  createRound,
  inMatchTransaction,
  matchStatus,
  notificationsOf,
  openMatchesOf,
  outboxTo,
  type ProgrammeRow,
  type RoundRow,
} from '../../../test/matchFactories';
import { createColleague } from '../../../test/meetingFactories';
import { PeopleRepository } from '../../db/repositories/people';
import { AppError } from '../errors';
import { deactivatePerson } from '../people/deactivatePerson';
import { endMatch } from './endMatch';
import { getMatch } from './getMatch';
import { listMyMatches } from './listMyMatches';
import { respondToMatch } from './respondToMatch';

const errorCode = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'succeeded';
};

describeEachDatabase('pairings: answering a match', (db) => {
  let orgId: string;
  let programme: ProgrammeRow;
  let round: RoundRow;

  const person = (overrides: Parameters<typeof createPerson>[2] = {}) =>
    createPerson(db(), orgId, overrides);
  /** A fresh participant of the programme. */
  const participant = async (overrides: Parameters<typeof createPerson>[2] = {}) => {
    const row = await person(overrides);
    await addParticipant(db(), programme, row);
    return row;
  };
  const respond = (who: PersonRow, id: string, response: 'accept' | 'decline', reason?: string) =>
    inMatchTransaction(db(), orgId, (deps) =>
      respondToMatch(deps, actorOf(who), { id, response, reason }),
    );

  beforeAll(async () => {
    orgId = (await createOrganisation(db())).id;
    programme = await createProgramme(db(), orgId);
    round = await createRound(db(), programme);
  });

  it('lists my published matches with partners and reasons in my language', async () => {
    const ann = await participant({ name: 'Ann', locale: 'nl' });
    const bob = await participant({ name: 'Bob' });
    const id = await createMatch(db(), round, [{ person: ann }, { person: bob }]);
    const preview = await createRound(db(), await createProgramme(db(), orgId), {
      status: 'preview',
    });
    await createMatch(db(), preview, [{ person: ann }, { person: bob }]);

    const mine = await inMatchTransaction(db(), orgId, (deps) =>
      listMyMatches(deps, actorOf(ann, 'nl')),
    );
    expect(mine.items.map((match) => match.id)).toEqual([id]);
    const [match] = mine.items;
    expect(match).toMatchObject({
      status: 'proposed',
      myResponse: 'pending',
      programme: { kind: 'buddy', name: 'Buddy’s' },
      partners: [{ id: bob.id, name: 'Bob', response: 'pending', left: false }],
    });
    expect(match.reasons.map((reason) => reason.text)).toEqual([
      'Jullie zitten in hetzelfde team',
      expect.stringContaining('20'),
    ]);
    const english = await inMatchTransaction(db(), orgId, (deps) =>
      getMatch(deps, actorOf(bob, 'en'), { id }),
    );
    expect(english.reasons[0].text).toBe('You are in the same team');
  });

  it('makes the match active once every member accepted, and tells the others', async () => {
    const ann = await participant();
    const bob = await participant();
    const id = await createMatch(db(), round, [{ person: ann }, { person: bob }]);
    const first = await respond(ann, id, 'accept');
    expect(first).toMatchObject({ status: 'proposed', myResponse: 'accepted' });
    const second = await respond(bob, id, 'accept');
    expect(second.status).toBe('active');
    expect(second.startsOn).not.toBeNull();
    expect((await notificationsOf(db(), bob.id)).map((n) => [n.kind, n.link])).toEqual([
      ['matches.accepted', `/matches/${id}`],
    ]);
  });

  it('sets up the weekly talk once both accept, and calls it off when the pairing ends', async () => {
    const ann = await createColleague(db(), orgId, { name: 'Ann' });
    const bob = await createColleague(db(), orgId, { name: 'Bob', timeZone: 'Europe/London' });
    for (const who of [ann, bob]) await addParticipant(db(), programme, who);
    const id = await createMatch(db(), round, [{ person: ann }, { person: bob }]);
    await respond(ann, id, 'accept');
    const active = await respond(bob, id, 'accept');
    expect(active.meetingId).not.toBeNull();
    const [meeting] = await db().query<{
      kind: string;
      status: string;
      rrule: string | null;
      title: string;
      attendees: string[];
      sequence: number;
    }>(
      `select kind, status, rrule, title, sequence,
              array(select person_id::text from meeting_attendees a where a.meeting_id = m.id
                     order by person_id) as attendees
         from meetings m where id = $1`,
      [active.meetingId],
    );
    expect(meeting).toMatchObject({
      kind: 'pairing',
      status: 'scheduled',
      title: 'Buddies: Ann & Bob',
    });
    expect(meeting.rrule).toMatch(/^FREQ=WEEKLY;INTERVAL=1/);
    expect(meeting.attendees).toEqual([ann.id, bob.id].sort());
    const invitations = await outboxTo(db(), bob.email);
    expect(invitations.some((mail) => mail.subject.includes('Buddies: Ann & Bob'))).toBe(true);

    await inMatchTransaction(db(), orgId, (deps) => endMatch(deps, actorOf(ann), { id }));
    const [after] = await db().query<{ status: string; sequence: number }>(
      'select status, sequence from meetings where id = $1',
      [active.meetingId],
    );
    expect(after).toEqual({ status: 'cancelled', sequence: meeting.sequence + 1 });
  });

  it('refuses to answer twice, to accept a declined match, and another member’s match', async () => {
    const ann = await participant();
    const bob = await participant();
    const eve = await participant();
    const id = await createMatch(db(), round, [{ person: ann }, { person: bob }]);
    expect(await errorCode(respond(eve, id, 'accept'))).toBe('not_found');
    await respond(ann, id, 'decline');
    expect(await errorCode(respond(ann, id, 'decline'))).toBe('match_answered');
    expect(await errorCode(respond(bob, id, 'accept'))).toBe('match_closed');
    expect(await matchStatus(db(), id)).toBe('declined');
  });

  it('hides a match from another organisation: 404', async () => {
    const ann = await participant();
    const bob = await participant();
    const id = await createMatch(db(), round, [{ person: ann }, { person: bob }]);
    const otherOrg = (await createOrganisation(db())).id;
    const stranger = await createPerson(db(), otherOrg);
    const asStranger = { ...actorOf(stranger) };
    const code = await errorCode(
      inMatchTransaction(db(), otherOrg, (deps) => getMatch(deps, asStranger, { id })),
    );
    expect(code).toBe('not_found');
    const forged = await errorCode(
      inMatchTransaction(db(), otherOrg, (deps) =>
        respondToMatch(
          deps,
          { ...actorOf(ann), organisationId: otherOrg },
          {
            id,
            response: 'accept',
          },
        ),
      ),
    );
    expect(forged).toBe('not_found');
  });

  it('ends an active pairing early with a reason, but not a proposed one', async () => {
    const ann = await participant();
    const bob = await participant();
    const proposed = await createMatch(db(), round, [{ person: ann }, { person: bob }]);
    const end = (id: string) =>
      inMatchTransaction(db(), orgId, (deps) =>
        endMatch(deps, actorOf(ann), { id, reason: 'Changed teams' }),
      );
    expect(await errorCode(end(proposed))).toBe('match_closed');
    const active = await createMatch(db(), round, [{ person: ann }, { person: bob }], {
      status: 'active',
    });
    const ended = await end(active);
    expect(ended).toMatchObject({ status: 'ended', endReason: 'Changed teams' });
    expect((await notificationsOf(db(), bob.id)).map((n) => n.kind)).toContain('matches.ended');
  });

  describe('a decline', () => {
    let scoped: ProgrammeRow;
    let scopedRound: RoundRow;
    const join = async (overrides: Parameters<typeof createPerson>[2] = {}) => {
      const row = await person(overrides);
      await addParticipant(db(), scoped, row);
      return row;
    };

    beforeAll(async () => {
      scoped = await createProgramme(db(), orgId, { name: { en: 'Buddy club', nl: 'Buddyclub' } });
      scopedRound = await createRound(db(), scoped);
    });

    it('gives the replacement the term of the pairing it replaces', async () => {
      // A programme of its own: its free participants are only the ones made here.
      const own = await createProgramme(db(), orgId);
      const ownRound = await createRound(db(), own);
      const [ann, bob, free] = [await person(), await person(), await person()];
      for (const row of [ann, bob, free]) await addParticipant(db(), own, row);
      const id = await createMatch(db(), ownRound, [{ person: ann }, { person: bob }]);
      await db().query(`update matches set ends_on = '2027-05-31' where id = $1`, [id]);
      await respond(ann, id, 'decline');
      const [{ ends_on }] = await db().query<{ ends_on: string }>(
        `select m.ends_on::text from matches m join match_members mm on mm.match_id = m.id
          where m.programme_id = $1 and m.status = 'proposed' and mm.person_id = $2`,
        [own.id, free.id],
      );
      expect(ends_on).toBe('2027-05-31');
    });

    it('proposes the best free participant to the partner, never someone taken or blocked', async () => {
      const ann = await join({ name: 'Ann' });
      const bob = await join({ name: 'Bob', email: `bob-${Date.now()}@example.test` });
      const blocked = await join({ name: 'Blocked' });
      await db().query(
        'insert into pairing_blocks (organisation_id, person_id, blocked_id) values ($1, $2, $3)',
        [orgId, blocked.id, bob.id],
      );
      const busy = await join({ name: 'Busy' });
      const busyPartner = await join({ name: 'Busy partner' });
      await createMatch(db(), scopedRound, [{ person: busy }, { person: busyPartner }], {
        status: 'active',
      });
      const free = await join({ name: 'Free', email: `free-${Date.now()}@example.test` });
      const id = await createMatch(db(), scopedRound, [{ person: ann }, { person: bob }]);

      const declined = await respond(ann, id, 'decline', 'Too busy this month');
      expect(declined).toMatchObject({ status: 'declined', myResponse: 'declined' });
      const [replacement] = await openMatchesOf(db(), scoped.id, bob.id);
      expect(replacement.members).toEqual([bob.id, free.id].sort());
      expect(replacement.status).toBe('proposed');
      const proposal = await inMatchTransaction(db(), orgId, (deps) =>
        getMatch(deps, actorOf(bob), { id: replacement.id }),
      );
      expect(proposal.reasons.length).toBeGreaterThan(0);
      expect((await notificationsOf(db(), bob.id)).map((n) => n.kind).sort()).toEqual([
        'matches.declined',
        'matches.replacement',
      ]);
      const [mail] = await outboxTo(db(), bob.email);
      expect(mail.subject).toBe('You are paired with Free in Buddy club');
      expect(mail.text_body).toContain(`http://samen.test/matches/${replacement.id}`);
      expect((await outboxTo(db(), free.email)).map((m) => m.subject)).toEqual([
        'You are paired with Bob in Buddy club',
      ]);
      // the decliner is back in the pool, not paired again with the one they declined
      expect(await openMatchesOf(db(), scoped.id, ann.id)).toEqual([]);
      const [row] = await db().query<{ response_reason: string }>(
        'select response_reason from match_members where match_id = $1 and person_id = $2',
        [id, ann.id],
      );
      expect(row.response_reason).toBe('Too busy this month');
    });

    it('tells the partner when nobody is free, and leaves them in the pool', async () => {
      const lonely = await createProgramme(db(), orgId);
      const lonelyRound = await createRound(db(), lonely);
      const ann = await person();
      const bob = await person();
      await addParticipant(db(), lonely, ann);
      await addParticipant(db(), lonely, bob);
      const id = await createMatch(db(), lonelyRound, [{ person: ann }, { person: bob }]);
      await respond(ann, id, 'decline');
      expect(await openMatchesOf(db(), lonely.id, bob.id)).toEqual([]);
      expect((await notificationsOf(db(), bob.id)).map((n) => n.kind).sort()).toEqual([
        'matches.declined',
        'matches.no_replacement',
      ]);
    });
  });

  it('shows an onboarding newcomer their godparent before their first day', async () => {
    const onboarding = await createProgramme(db(), orgId, { kind: 'onboarding' });
    const onboardingRound = await createRound(db(), onboarding);
    const godparent = await person({ startDate: '2015-02-01' });
    const newcomer = await person({ startDate: '2099-01-05' });
    const id = await createMatch(db(), onboardingRound, [
      { person: godparent, role: 'godparent' },
      { person: newcomer, role: 'newcomer' },
    ]);
    const mine = await inMatchTransaction(db(), orgId, (deps) =>
      listMyMatches(deps, actorOf(newcomer)),
    );
    expect(mine.items.map((match) => [match.id, match.myRole, match.partners[0].role])).toEqual([
      [id, 'newcomer', 'godparent'],
    ]);
  });

  it('ends the pairings of someone who leaves and offers their partner a new one', async () => {
    const leaving = await createProgramme(db(), orgId, { name: { en: 'Coffee', nl: 'Koffie' } });
    const leavingRound = await createRound(db(), leaving);
    const admin = await person({ role: 'admin' });
    const ann = await person({ name: 'Ann' });
    const bob = await person({ name: 'Bob', locale: 'nl' });
    const cas = await person({ name: 'Cas' });
    for (const row of [ann, bob, cas]) await addParticipant(db(), leaving, row);
    const id = await createMatch(db(), leavingRound, [{ person: ann }, { person: bob }], {
      status: 'active',
    });
    await inMatchTransaction(db(), orgId, (deps, tx) =>
      deactivatePerson(
        { people: new PeopleRepository(tx, orgId), now: deps.now, pairings: deps },
        actorOf(admin),
        { id: ann.id },
      ),
    );
    expect(await matchStatus(db(), id)).toBe('ended');
    expect((await openMatchesOf(db(), leaving.id, bob.id))[0].members).toEqual(
      [bob.id, cas.id].sort(),
    );
    expect((await outboxTo(db(), bob.email)).map((mail) => mail.subject).sort()).toEqual([
      'Je bent gekoppeld aan Cas in Koffie',
      'Je koppeling met Ann is beëindigd',
    ]);
    const seen = await inMatchTransaction(db(), orgId, (deps) =>
      getMatch(deps, actorOf(bob), { id }),
    );
    expect(seen.partners[0]).toMatchObject({ id: ann.id, left: true });
  });

  it('takes two answers at the same moment one after the other: one outcome', async () => {
    programme = await createProgramme(db(), orgId);
    round = await createRound(db(), programme);
    const ann = await participant();
    const bob = await participant();
    const both = await createMatch(db(), round, [{ person: ann }, { person: bob }]);
    await Promise.all([respond(ann, both, 'accept'), respond(bob, both, 'accept')]);
    expect(await matchStatus(db(), both)).toBe('active');

    const cas = await participant();
    const dan = await participant();
    const spare = await participant();
    const id = await createMatch(db(), round, [{ person: cas }, { person: dan }]);
    const codes = await Promise.all([
      errorCode(respond(cas, id, 'decline')),
      errorCode(respond(dan, id, 'decline')),
    ]);
    expect(codes.sort()).toEqual(['match_closed', 'succeeded']);
    expect(await matchStatus(db(), id)).toBe('declined');
    const proposals = [
      ...(await openMatchesOf(db(), programme.id, cas.id)),
      ...(await openMatchesOf(db(), programme.id, dan.id)),
    ];
    expect(proposals).toHaveLength(1);
    expect(proposals[0].members).toContain(spare.id);
  });
});
