import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  createOrganisation,
  createPerson,
  createTeam,
  type PersonRow,
  sessionFor,
  type TestSession,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { runDueRounds } from '../../app/rounds/runDueRounds';

describeEachDatabase('programmes API', (db) => {
  let server: TestServer;
  let orgId: string;
  let asAdmin: TestSession;
  let asEmployee: TestSession;
  let employee: PersonRow;
  let colleague: PersonRow;
  let asColleague: TestSession;
  let asOtherAdmin: TestSession;
  let teamId: string;

  const send = (
    session: TestSession,
    method: 'POST' | 'PATCH' | 'DELETE' | 'GET' | 'PUT',
    url: string,
    payload?: object,
  ) => server.app.inject({ method, url, headers: session.headers, payload });

  beforeAll(async () => {
    server = await startTestServer(db());
    server.setNow(new Date('2026-06-03T10:00:00Z'));
    orgId = (await createOrganisation(db())).id;
    teamId = (await createTeam(db(), orgId, { name: 'Finance' })).id;
    asAdmin = await sessionFor(db(), await createPerson(db(), orgId, { role: 'admin' }));
    employee = await createPerson(db(), orgId, { teamId, name: 'Eva' });
    asEmployee = await sessionFor(db(), employee);
    colleague = await createPerson(db(), orgId, { teamId, name: 'Tom' });
    asColleague = await sessionFor(db(), colleague);
    const other = (await createOrganisation(db())).id;
    asOtherAdmin = await sessionFor(db(), await createPerson(db(), other, { role: 'admin' }));
  });

  it('offers a template per kind and creates a programme from it', async () => {
    const templates = await send(asAdmin, 'GET', '/api/v1/programme-templates');
    expect(templates.json().items.map((t: { kind: string }) => t.kind)).toEqual([
      'buddy',
      'mentoring',
      'reverse_mentoring',
      'onboarding',
      'coffee',
    ]);
    const created = await send(asAdmin, 'POST', '/api/v1/programmes', {
      kind: 'coffee',
      groupSize: 3,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'coffee',
      status: 'draft',
      groupSize: 3,
      name: { en: 'Coffee', nl: 'Koffie' },
      schedule: { weekday: 1, time: '09:00', intervalWeeks: 1 },
      nextRoundAt: null,
    });
    const activated = await send(asAdmin, 'PATCH', `/api/v1/programmes/${created.json().id}`, {
      status: 'active',
    });
    // Wednesday 3 June → Monday 8 June, 09:00 in Brussels (summer time).
    expect(activated.json().nextRoundAt).toBe('2026-06-08T07:00:00.000Z');
  });

  it('names each invalid setting', async () => {
    const bad = await send(asAdmin, 'POST', '/api/v1/programmes', {
      kind: 'buddy',
      name: { nl: '', en: 'Buddies' },
      groupSize: 3,
      weights: { officeDays: 20 },
      audience: { teamIds: ['00000000-0000-4000-8000-000000000000'] },
      schedule: { weekday: 1, time: '9 am', intervalWeeks: 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      'name.nl',
      'weights.officeDays',
      'groupSize',
      'schedule.time',
      'audience.teamIds',
    ]);
    const unknownKind = await send(asAdmin, 'POST', '/api/v1/programmes', { kind: 'lunch' });
    expect(unknownKind.statusCode).toBe(400);
  });

  it('keeps programmes and rounds to admins of the organisation', async () => {
    const id = (await send(asAdmin, 'POST', '/api/v1/programmes', { kind: 'mentoring' })).json().id;
    expect(
      (await send(asEmployee, 'POST', '/api/v1/programmes', { kind: 'coffee' })).statusCode,
    ).toBe(403);
    expect((await send(asEmployee, 'GET', '/api/v1/programmes')).statusCode).toBe(403);
    expect((await send(asEmployee, 'POST', `/api/v1/programmes/${id}/rounds`)).statusCode).toBe(
      403,
    );
    const preview = await send(asAdmin, 'POST', `/api/v1/programmes/${id}/rounds`);
    expect(preview.statusCode).toBe(201);
    const roundId = preview.json().id;
    expect((await send(asEmployee, 'POST', `/api/v1/rounds/${roundId}/publish`)).statusCode).toBe(
      403,
    );
    expect((await send(asEmployee, 'GET', `/api/v1/rounds/${roundId}`)).statusCode).toBe(403);
    for (const [method, url] of [
      ['GET', `/api/v1/programmes/${id}`],
      ['PATCH', `/api/v1/programmes/${id}`],
      ['GET', `/api/v1/programmes/${id}/stats`],
      ['POST', `/api/v1/programmes/${id}/rounds`],
      ['GET', `/api/v1/rounds/${roundId}`],
      ['POST', `/api/v1/rounds/${roundId}/publish`],
      ['POST', `/api/v1/rounds/${roundId}/discard`],
    ] as const) {
      const response = await send(asOtherAdmin, method, url, method === 'PATCH' ? {} : undefined);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const published = await send(asAdmin, 'POST', `/api/v1/rounds/${roundId}/publish`);
    expect(published.json().status).toBe('published');
  });

  it('lets an employee join, choose a role, snooze and leave programmes open to them', async () => {
    const mentoring = (
      await send(asAdmin, 'POST', '/api/v1/programmes', {
        kind: 'mentoring',
        status: 'active',
        audience: { teamIds: [teamId] },
      })
    ).json().id;
    const elsewhere = (
      await send(asAdmin, 'POST', '/api/v1/programmes', {
        kind: 'coffee',
        status: 'active',
        audience: { roles: ['manager'] },
      })
    ).json().id;
    const mine = await send(asEmployee, 'GET', '/api/v1/me/programmes');
    const ids = mine.json().items.map((p: { id: string }) => p.id);
    expect(ids).toContain(mentoring);
    expect(ids).not.toContain(elsewhere);
    const open = mine.json().items.find((p: { id: string }) => p.id === mentoring);
    expect(open.me).toEqual({ status: 'not_joined', role: 'mentee', pausedUntil: null });
    expect(open.roles).toEqual(['mentee', 'mentor', 'both']);

    const badRole = await send(asEmployee, 'PUT', `/api/v1/me/programmes/${mentoring}`, {
      role: 'godparent',
    });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.fields[0].field).toBe('role');
    const joined = await send(asEmployee, 'PUT', `/api/v1/me/programmes/${mentoring}`, {
      role: 'mentor',
    });
    expect(joined.json().me).toEqual({ status: 'active', role: 'mentor', pausedUntil: null });
    const snoozed = await send(asEmployee, 'POST', `/api/v1/me/programmes/${mentoring}/pause`, {
      weeks: 4,
    });
    expect(snoozed.json().me).toEqual({
      status: 'paused',
      role: 'mentor',
      pausedUntil: '2026-07-01',
    });
    const left = await send(asEmployee, 'DELETE', `/api/v1/me/programmes/${mentoring}`);
    expect(left.json().me.status).toBe('left');
    expect(
      (await send(asEmployee, 'PUT', `/api/v1/me/programmes/${elsewhere}`, {})).statusCode,
    ).toBe(404);

    const stats = await send(asAdmin, 'GET', `/api/v1/programmes/${mentoring}/stats`);
    expect(stats.json()).toMatchObject({ enrolled: 0, left: 1, paused: 0, rounds: 0 });
  });

  it('keeps the "don\'t pair me with" list to its owner', async () => {
    const added = await send(asEmployee, 'POST', '/api/v1/me/pairing-blocks', {
      personId: colleague.id,
    });
    expect(added.json().items).toEqual([{ id: colleague.id, name: 'Tom' }]);
    expect((await send(asColleague, 'GET', '/api/v1/me/pairing-blocks')).json().items).toEqual([]);
    expect((await send(asAdmin, 'GET', '/api/v1/me/pairing-blocks')).json().items).toEqual([]);
    const self = await send(asEmployee, 'POST', '/api/v1/me/pairing-blocks', {
      personId: employee.id,
    });
    expect(self.statusCode).toBe(400);
    const foreign = await send(asEmployee, 'POST', '/api/v1/me/pairing-blocks', {
      personId: '00000000-0000-4000-8000-000000000000',
    });
    expect(foreign.statusCode).toBe(404);
    const removed = await send(asEmployee, 'DELETE', `/api/v1/me/pairing-blocks/${colleague.id}`);
    expect(removed.json().items).toEqual([]);
  });

  it('previews a coffee round, swaps, removes and publishes through the API', async () => {
    const coffee = (
      await send(asAdmin, 'POST', '/api/v1/programmes', {
        kind: 'coffee',
        status: 'active',
        enrolment: 'automatic',
        audience: { teamIds: [teamId] },
      })
    ).json().id;
    for (const name of ['Ann', 'Bob']) await createPerson(db(), orgId, { teamId, name });
    const preview = (await send(asAdmin, 'POST', `/api/v1/programmes/${coffee}/rounds`)).json();
    expect(preview.matches).toHaveLength(2);
    const [a, b] = preview.matches.map(
      (m: { members: { person: { id: string } }[] }) => m.members[0].person.id,
    );
    const swapped = await send(asAdmin, 'POST', `/api/v1/rounds/${preview.id}/swap`, {
      personIds: [a, b],
    });
    expect(swapped.statusCode).toBe(200);
    expect(swapped.json().matches.every((m: { edited: boolean }) => m.edited)).toBe(true);
    const current = await send(asAdmin, 'GET', `/api/v1/programmes/${coffee}/rounds/current`);
    expect(current.json().round.id).toBe(preview.id);
    const removed = await send(asAdmin, 'POST', `/api/v1/rounds/${preview.id}/remove`, {
      matchId: preview.matches[0].id,
    });
    expect(removed.json().unmatched).toHaveLength(2);
    const published = await send(asAdmin, 'POST', `/api/v1/rounds/${preview.id}/publish`);
    expect(published.json()).toMatchObject({ status: 'published' });
    const stats = (await send(asAdmin, 'GET', `/api/v1/programmes/${coffee}/stats`)).json();
    expect(stats).toMatchObject({
      enrolled: 4,
      rounds: 1,
      matches: 1,
      matchedPeople: 2,
      pending: 2,
    });
    expect(stats.unmatched).toHaveLength(2);

    // A member's bell names the programme, in every language it has.
    const [match] = published.json().matches;
    const member = match.members[0].person.id;
    const [row] = await db().query<PersonRow>(
      'select id, organisation_id, email, name, role from people where id = $1',
      [member],
    );
    const bell = (
      await send(await sessionFor(db(), row), 'GET', '/api/v1/me/notifications')
    ).json();
    expect(bell.items).toEqual([
      expect.objectContaining({
        kind: 'programmes.matched',
        params: expect.objectContaining({
          programme: expect.objectContaining({ en: expect.any(String) }),
        }),
        link: `/matches/${match.id}`,
      }),
    ]);
  });

  it("shows the scheduled round, not an admin's preview it discarded", async () => {
    const coffee = (
      await send(asAdmin, 'POST', '/api/v1/programmes', {
        kind: 'coffee',
        status: 'active',
        enrolment: 'automatic',
        audience: { teamIds: [teamId] },
        schedule: { weekday: 1, time: '09:00', intervalWeeks: 1 },
      })
    ).json().id;
    const preview = (await send(asAdmin, 'POST', `/api/v1/programmes/${coffee}/rounds`)).json();
    expect(preview.status).toBe('preview');
    const due = new Date('2026-06-08T07:00:00Z');
    const [row] = await db().query<{ next_round_at: Date }>(
      'select next_round_at from programmes where id = $1',
      [coffee],
    );
    expect(row.next_round_at).toEqual(due);
    const report = await runDueRounds(
      { db: db(), mailer: server.mailer, publicUrl: 'http://samen.test' },
      due,
    );
    const scheduled = report.published.find((p) => p.programmeId === coffee)?.roundId;
    expect(scheduled).toBeDefined();
    const current = await send(asAdmin, 'GET', `/api/v1/programmes/${coffee}/rounds/current`);
    expect(current.json().round).toMatchObject({ id: scheduled, status: 'published' });
    const late = await send(asAdmin, 'POST', `/api/v1/rounds/${preview.id}/publish`);
    expect(late.statusCode).toBe(409);
    expect((await send(asAdmin, 'GET', `/api/v1/rounds/${preview.id}`)).json().status).toBe(
      'discarded',
    );
  });
});
