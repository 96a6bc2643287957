import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  createOrganisation,
  createPerson,
  type PersonRow,
  sessionFor,
  type TestSession,
} from '../../../test/factories';
import {
  addParticipant,
  createMatch,
  createProgramme,
  createRound,
  matchStatus,
  notificationsOf,
  type ProgrammeRow,
  type RoundRow,
} from '../../../test/matchFactories';
import { startTestServer, type TestServer } from '../../../test/server';

describeEachDatabase('matches API', (db) => {
  let server: TestServer;
  let orgId: string;
  let programme: ProgrammeRow;
  let round: RoundRow;
  let ann: PersonRow;
  let bob: PersonRow;
  let asAnn: TestSession;
  let asBob: TestSession;
  let asOutsider: TestSession;
  let asAdmin: TestSession;
  let asOtherOrg: TestSession;

  const send = (
    session: TestSession,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => server.app.inject({ method, url, headers: session.headers, payload });

  const newMatch = async (status: 'proposed' | 'active' = 'proposed') =>
    createMatch(db(), round, [{ person: ann }, { person: bob }], { status });

  beforeAll(async () => {
    server = await startTestServer(db());
    orgId = (await createOrganisation(db())).id;
    programme = await createProgramme(db(), orgId);
    round = await createRound(db(), programme);
    ann = await createPerson(db(), orgId, { name: 'Ann', locale: 'nl' });
    bob = await createPerson(db(), orgId, { name: 'Bob', locale: 'en' });
    await addParticipant(db(), programme, ann);
    await addParticipant(db(), programme, bob);
    asAnn = await sessionFor(db(), ann);
    asBob = await sessionFor(db(), bob);
    asOutsider = await sessionFor(db(), await createPerson(db(), orgId));
    asAdmin = await sessionFor(db(), await createPerson(db(), orgId, { role: 'admin' }));
    const otherOrg = (await createOrganisation(db())).id;
    asOtherOrg = await sessionFor(db(), await createPerson(db(), otherOrg, { role: 'admin' }));
  });

  it('lists my pairings with the reasons in my language, and shows one to its members only', async () => {
    const id = await newMatch();
    const list = await send(asAnn, 'GET', '/api/v1/matches');
    expect(list.statusCode).toBe(200);
    const [mine] = list.json().items;
    expect(mine).toMatchObject({ id, partners: [{ name: 'Bob' }] });
    expect(mine.reasons[0].text).toBe('Jullie zitten in hetzelfde team');
    expect((await send(asBob, 'GET', `/api/v1/matches/${id}`)).json().reasons[0].text).toBe(
      'You are in the same team',
    );
    for (const session of [asOutsider, asAdmin, asOtherOrg]) {
      const seen = await send(session, 'GET', `/api/v1/matches/${id}`);
      expect(seen.statusCode).toBe(404);
      expect(seen.json().error.code).toBe('not_found');
    }
    expect((await send(asOutsider, 'GET', '/api/v1/matches')).json().items).toEqual([]);
    expect((await send(asAnn, 'GET', '/api/v1/matches/not-a-uuid')).statusCode).toBe(400);
  });

  it('accepts by both to make the pairing active; answers twice or too late get 409', async () => {
    const id = await newMatch();
    const first = await send(asAnn, 'POST', `/api/v1/matches/${id}/response`, {
      response: 'accept',
    });
    expect(first.json()).toMatchObject({ status: 'proposed', myResponse: 'accepted' });
    const again = await send(asAnn, 'POST', `/api/v1/matches/${id}/response`, {
      response: 'decline',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('match_answered');
    const second = await send(asBob, 'POST', `/api/v1/matches/${id}/response`, {
      response: 'accept',
    });
    expect(second.json().status).toBe('active');
    expect(
      (await send(asOutsider, 'POST', `/api/v1/matches/${id}/response`, { response: 'accept' }))
        .statusCode,
    ).toBe(404);

    const declined = await newMatch();
    await send(asAnn, 'POST', `/api/v1/matches/${declined}/response`, {
      response: 'decline',
      reason: 'Not now',
    });
    const late = await send(asBob, 'POST', `/api/v1/matches/${declined}/response`, {
      response: 'accept',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('match_closed');
    const tooLong = await send(asBob, 'POST', `/api/v1/matches/${declined}/response`, {
      response: 'decline',
      reason: 'x'.repeat(501),
    });
    expect(tooLong.statusCode).toBe(400);
  });

  it('keeps buddy questions for the members: others can neither read nor write them', async () => {
    const id = await newMatch('active');
    const asked = await send(asAnn, 'POST', `/api/v1/matches/${id}/messages`, {
      body: 'Where do we park?',
    });
    expect(asked.statusCode).toBe(201);
    const question = asked.json().messages[0];
    const answered = await send(asBob, 'POST', `/api/v1/matches/${id}/messages`, {
      body: 'Behind the building',
      replyTo: question.id,
    });
    expect(answered.json().messages).toHaveLength(2);
    expect((await notificationsOf(db(), bob.id)).map((n) => n.kind)).toContain('matches.question');
    const intruder = await send(asOutsider, 'POST', `/api/v1/matches/${id}/messages`, {
      body: 'Hello',
    });
    expect(intruder.statusCode).toBe(404);
    const foreign = await send(asOtherOrg, 'POST', `/api/v1/matches/${id}/messages`, {
      body: 'Hello',
    });
    expect(foreign.statusCode).toBe(404);
    const empty = await send(asAnn, 'POST', `/api/v1/matches/${id}/messages`, { body: '' });
    expect(empty.statusCode).toBe(400);
    expect((await send(asAnn, 'GET', `/api/v1/matches/${id}`)).json().messages).toHaveLength(2);
  });

  it('records did-you-meet and ends a pairing early', async () => {
    const id = await newMatch('active');
    const met = await send(asAnn, 'PUT', `/api/v1/matches/${id}/feedback`, {
      meetingOn: '2026-01-05',
      answer: 'yes',
      rating: 5,
    });
    expect(met.json().myFeedback).toEqual([{ meetingOn: '2026-01-05', answer: 'yes', rating: 5 }]);
    const badRating = await send(asAnn, 'PUT', `/api/v1/matches/${id}/feedback`, {
      meetingOn: '2026-01-05',
      answer: 'yes',
      rating: 6,
    });
    expect(badRating.statusCode).toBe(400);
    const ended = await send(asBob, 'POST', `/api/v1/matches/${id}/end`, { reason: 'Moved on' });
    expect(ended.json()).toMatchObject({ status: 'ended', endReason: 'Moved on' });
    const checklist = await send(asAnn, 'PUT', `/api/v1/matches/${id}/checklist/nonsense`, {
      done: true,
    });
    expect(checklist.statusCode).toBe(400);
    const notOnboarding = await send(asAnn, 'PUT', `/api/v1/matches/${id}/checklist/tour`, {
      done: true,
    });
    expect(notOnboarding.json().error.code).toBe('match_kind');
  });

  it('ends the pairings of a person an admin deactivates, and tells the partner by mail', async () => {
    const cas = await createPerson(db(), orgId, { name: 'Cas' });
    const dan = await createPerson(db(), orgId, { name: 'Dan' });
    await addParticipant(db(), programme, cas);
    await addParticipant(db(), programme, dan);
    const id = await createMatch(db(), round, [{ person: cas }, { person: dan }], {
      status: 'active',
    });
    const removed = await send(asAdmin, 'DELETE', `/api/v1/people/${cas.id}`);
    expect(removed.statusCode).toBe(204);
    expect(await matchStatus(db(), id)).toBe('ended');
    expect((await notificationsOf(db(), dan.id)).map((n) => n.kind)).toContain(
      'matches.partner_left',
    );
    const mails = await db().query<{ subject: string }>(
      'select subject from mail_outbox where to_address = $1',
      [dan.email],
    );
    expect(mails.map((mail) => mail.subject)).toContain('Your pairing with Cas has ended');
  });

  it('ends the pairings of a person an admin marks inactive by editing them', async () => {
    const eve = await createPerson(db(), orgId, { name: 'Eve' });
    const fay = await createPerson(db(), orgId, { name: 'Fay' });
    await addParticipant(db(), programme, eve);
    await addParticipant(db(), programme, fay);
    const id = await createMatch(db(), round, [{ person: eve }, { person: fay }]);
    const edited = await send(asAdmin, 'PATCH', `/api/v1/people/${eve.id}`, { status: 'inactive' });
    expect(edited.statusCode).toBe(200);
    expect(await matchStatus(db(), id)).toBe('ended');
    expect((await notificationsOf(db(), fay.id)).map((n) => n.kind)).toContain(
      'matches.partner_left',
    );
  });
});
