import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  createOrganisation,
  createPerson,
  createSite,
  createTeam,
  type PersonRow,
  sessionFor,
  type TestSession,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

describeEachDatabase('admins manage people', (db) => {
  let server: TestServer;
  let orgId: string;
  let admin: PersonRow;
  let asAdmin: TestSession;
  let asEmployee: TestSession;
  let team: { id: string };
  let foreignTeam: { id: string };

  const send = (
    session: TestSession,
    method: 'POST' | 'PATCH' | 'DELETE' | 'GET',
    url: string,
    payload?: object,
  ) => server.app.inject({ method, url, headers: session.headers, payload });

  beforeAll(async () => {
    server = await startTestServer(db());
    orgId = (await createOrganisation(db())).id;
    await db().query(
      `update organisations set default_locale = 'nl', default_time_zone = 'Europe/Amsterdam'
        where id = $1`,
      [orgId],
    );
    admin = await createPerson(db(), orgId, { name: 'Zoë Admin', role: 'admin' });
    asAdmin = await sessionFor(db(), admin);
    asEmployee = await sessionFor(db(), await createPerson(db(), orgId));
    team = await createTeam(db(), orgId, { name: 'Sales' });
    foreignTeam = await createTeam(db(), (await createOrganisation(db())).id);
  });

  it("adds a person with the organisation's language and time zone", async () => {
    const site = await createSite(db(), orgId, { name: 'Antwerpen' });
    const response = await send(asAdmin, 'POST', '/api/v1/people', {
      name: ' Eva Maes ',
      email: 'Eva.Maes@Example.test',
      teamId: team.id,
      siteId: site.id,
      managerId: admin.id,
      languages: ['NL', 'fr'],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Eva Maes',
      team: { id: team.id, name: 'Sales' },
      site: { id: site.id, name: 'Antwerpen' },
      languages: ['nl', 'fr'],
      account: {
        email: 'eva.maes@example.test',
        role: 'employee',
        status: 'active',
        locale: 'nl',
        timeZone: 'Europe/Amsterdam',
        manager: { id: admin.id },
      },
    });
  });

  it('refuses an address already in use, in any case', async () => {
    const response = await send(asAdmin, 'POST', '/api/v1/people', {
      name: 'Eva Two',
      email: 'EVA.MAES@example.test',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('email_taken');
  });

  it("refuses another organisation's team as unknown", async () => {
    const response = await send(asAdmin, 'POST', '/api/v1/people', {
      name: 'Nope',
      email: 'nope@example.test',
      teamId: foreignTeam.id,
      timeZone: 'Mars/Base',
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['teamId', 'timeZone']);
  });

  it('changes role, team and e-mail; checks the new address is free', async () => {
    const person = await createPerson(db(), orgId, { name: 'Pieter' });
    const taken = await createPerson(db(), orgId, { email: 'taken@example.test' });
    const changed = await send(asAdmin, 'PATCH', `/api/v1/people/${person.id}`, {
      role: 'manager',
      teamId: team.id,
      email: 'pieter@example.test',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().account).toMatchObject({ role: 'manager', email: 'pieter@example.test' });
    const clash = await send(asAdmin, 'PATCH', `/api/v1/people/${person.id}`, {
      email: taken.email,
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('email_taken');
    const same = await send(asAdmin, 'PATCH', `/api/v1/people/${person.id}`, {
      email: 'pieter@example.test',
    });
    expect(same.statusCode).toBe(200);
  });

  it('refuses a manager who reports to the person, however far down', async () => {
    const top = await createPerson(db(), orgId, { name: 'Top' });
    const middle = await createPerson(db(), orgId, { name: 'Middle', managerId: top.id });
    const bottom = await createPerson(db(), orgId, { name: 'Bottom', managerId: middle.id });
    const cycle = await send(asAdmin, 'PATCH', `/api/v1/people/${top.id}`, {
      managerId: bottom.id,
    });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().error).toMatchObject({
      code: 'manager_cycle',
      message: 'This would make someone their own manager (through Bottom).',
    });
    const self = await send(asAdmin, 'PATCH', `/api/v1/people/${top.id}`, { managerId: top.id });
    expect(self.statusCode).toBe(409);
    const [row] = await db().query<{ manager_id: string | null }>(
      'select manager_id from people where id = $1',
      [top.id],
    );
    expect(row.manager_id).toBeNull();
    const fine = await send(asAdmin, 'PATCH', `/api/v1/people/${bottom.id}`, {
      managerId: top.id,
    });
    expect(fine.json().account.manager.name).toBe('Top');
  });

  it('deactivates a person: signed out, out of the directory, back with status active', async () => {
    const person = await createPerson(db(), orgId, { name: 'Leaving Soon' });
    const theirs = await sessionFor(db(), person);
    expect((await send(theirs, 'GET', '/api/v1/me/profile')).statusCode).toBe(200);
    expect((await send(asAdmin, 'DELETE', `/api/v1/people/${person.id}`)).statusCode).toBe(204);
    expect((await send(theirs, 'GET', '/api/v1/me/profile')).statusCode).toBe(401);
    const search = await send(asEmployee, 'GET', '/api/v1/people?q=leaving');
    expect(search.json().total).toBe(0);
    expect((await send(asAdmin, 'DELETE', `/api/v1/people/${person.id}`)).statusCode).toBe(204);
    const back = await send(asAdmin, 'PATCH', `/api/v1/people/${person.id}`, { status: 'active' });
    expect(back.json().account.status).toBe('active');
    // The old session stays ended: coming back means signing in again.
    expect((await send(theirs, 'GET', '/api/v1/me/profile')).statusCode).toBe(401);
  });

  it('keeps at least one active admin', async () => {
    const demote = await send(asAdmin, 'PATCH', `/api/v1/people/${admin.id}`, {
      role: 'employee',
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe('last_admin');
    expect((await send(asAdmin, 'DELETE', `/api/v1/people/${admin.id}`)).statusCode).toBe(409);
    const second = await createPerson(db(), orgId, { role: 'admin' });
    const ok = await send(asAdmin, 'PATCH', `/api/v1/people/${admin.id}`, { role: 'manager' });
    expect(ok.statusCode).toBe(200);
    const last = await send(asAdmin, 'DELETE', `/api/v1/people/${second.id}`);
    expect(last.statusCode).toBe(403);
    const asSecond = await sessionFor(db(), second);
    const alone = await send(asSecond, 'DELETE', `/api/v1/people/${second.id}`);
    expect(alone.json().error.code).toBe('last_admin');
  });

  it('lets nobody but admins do any of it', async () => {
    const person = await createPerson(db(), orgId);
    const attempts = await Promise.all([
      send(asEmployee, 'POST', '/api/v1/people', { name: 'X', email: 'x@example.test' }),
      send(asEmployee, 'PATCH', `/api/v1/people/${person.id}`, { role: 'admin' }),
      send(asEmployee, 'DELETE', `/api/v1/people/${person.id}`),
    ]);
    expect(attempts.map((r) => r.statusCode)).toEqual([403, 403, 403]);
  });
});
