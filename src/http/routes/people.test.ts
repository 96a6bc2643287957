import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  addPersonSkill,
  createOrganisation,
  createPerson,
  createSite,
  createSkill,
  createTeam,
  type PersonRow,
  sessionFor,
  setWorkDay,
  type TestSession,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

describeEachDatabase('people directory and person pages', (db) => {
  let server: TestServer;
  let orgId: string;
  let head: PersonRow;
  let lead: PersonRow;
  let tom: PersonRow;
  let ann: PersonRow;
  let outsider: PersonRow;
  let as: Record<'head' | 'lead' | 'tom' | 'ann' | 'admin' | 'stranger', TestSession>;
  let excel: { id: string };
  let gent: { id: string };
  let finance: { id: string };
  let payroll: { id: string };

  const get = (session: TestSession, url: string) =>
    server.app.inject({ method: 'GET', url, headers: session.headers });
  const names = (body: { items: { name: string }[] }) => body.items.map((p) => p.name);

  beforeAll(async () => {
    server = await startTestServer(db());
    orgId = (await createOrganisation(db())).id;
    finance = await createTeam(db(), orgId, { name: 'Finance' });
    payroll = await createTeam(db(), orgId, { name: 'Payroll', parentId: finance.id });
    head = await createPerson(db(), orgId, {
      name: 'Hilde Claes',
      role: 'manager',
      teamId: finance.id,
    });
    lead = await createPerson(db(), orgId, {
      name: 'Luc Janssens',
      role: 'manager',
      managerId: head.id,
      teamId: payroll.id,
    });
    tom = await createPerson(db(), orgId, {
      name: 'Tom Peeters',
      email: 'tom.peeters@example.test',
      managerId: lead.id,
      teamId: payroll.id,
    });
    ann = await createPerson(db(), orgId, { name: 'Ann Wouters', teamId: finance.id });
    const admin = await createPerson(db(), orgId, { name: 'Zoë Admin', role: 'admin' });
    outsider = await createPerson(db(), orgId, { name: 'Otto Outside' });
    await db().query(`update people set job_title = 'Payroll Analyst' where id = $1`, [tom.id]);
    await db().query(`update people set status = 'inactive' where id = $1`, [outsider.id]);
    const stranger = await createPerson(db(), (await createOrganisation(db())).id, {
      name: 'Tom Peeters',
      role: 'admin',
    });
    as = {
      head: await sessionFor(db(), head),
      lead: await sessionFor(db(), lead),
      tom: await sessionFor(db(), tom),
      ann: await sessionFor(db(), ann),
      admin: await sessionFor(db(), admin),
      stranger: await sessionFor(db(), stranger),
    };
    excel = await createSkill(db(), orgId, { name: 'Excel' });
    const powerBi = await createSkill(db(), orgId, { name: 'Power BI' });
    await addPersonSkill(db(), tom, excel, { offered: 2 });
    await addPersonSkill(db(), ann, excel, { offered: 5 });
    await addPersonSkill(db(), tom, powerBi, { wanted: 3 });
    gent = await createSite(db(), orgId, { name: 'Gent' });
    await setWorkDay(db(), tom, { weekday: 2, mode: 'office', siteId: gent.id });
    await setWorkDay(db(), ann, { weekday: 4, mode: 'office', siteId: gent.id });
    await setWorkDay(db(), ann, { weekday: 2, mode: 'home' });
    await db().query(
      `insert into learning_profiles (organisation_id, person_id, support_need, learning_ways)
       values ($1, $2, 5, '{colleagues}')`,
      [orgId, tom.id],
    );
    await db().query(
      `insert into learning_goals (organisation_id, person_id, title) values ($1, $2, 'Dashboards')`,
      [orgId, tom.id],
    );
  });

  it('lists active colleagues by name, with paging and a total', async () => {
    const first = await get(as.ann, '/api/v1/people?limit=2');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ total: 5, limit: 2, offset: 0 });
    expect(names(first.json())).toEqual(['Ann Wouters', 'Hilde Claes']);
    const rest = await get(as.ann, '/api/v1/people?limit=2&offset=2');
    expect(names(rest.json())).toEqual(['Luc Janssens', 'Tom Peeters']);
    const beyond = await get(as.ann, '/api/v1/people?limit=2&offset=10');
    expect(beyond.json()).toMatchObject({ items: [], total: 5 });
  });

  it('finds people by any words of their name, e-mail or job title', async () => {
    for (const q of ['peeters', 'TOM.PEE', 'payroll analyst', 'analyst tom']) {
      const response = await get(as.ann, `/api/v1/people?q=${encodeURIComponent(q)}`);
      expect(names(response.json()), q).toEqual(['Tom Peeters']);
    }
    const none = await get(as.ann, `/api/v1/people?q=${encodeURIComponent('100%_')}`);
    expect(none.json().total).toBe(0);
  });

  it('puts names that start with the words first', async () => {
    const response = await get(as.ann, '/api/v1/people?q=an');
    expect(names(response.json())[0]).toBe('Ann Wouters');
  });

  it('finds who offers a skill, the most experienced first', async () => {
    const response = await get(as.tom, `/api/v1/people?skillOffered=${excel.id}`);
    expect(names(response.json())).toEqual(['Ann Wouters', 'Tom Peeters']);
    expect(response.json().items[0].skillsOffered).toEqual([
      { skillId: excel.id, name: 'Excel', category: 'other', level: 5 },
    ]);
  });

  it('filters by team including its sub-teams', async () => {
    const all = await get(as.ann, `/api/v1/people?teamId=${finance.id}`);
    expect(names(all.json())).toEqual([
      'Ann Wouters',
      'Hilde Claes',
      'Luc Janssens',
      'Tom Peeters',
    ]);
    const sub = await get(as.ann, `/api/v1/people?teamId=${payroll.id}`);
    expect(names(sub.json())).toEqual(['Luc Janssens', 'Tom Peeters']);
  });

  it('filters by who is on site, on a given day', async () => {
    const site = await get(as.ann, `/api/v1/people?siteId=${gent.id}`);
    expect(names(site.json())).toEqual(['Ann Wouters', 'Tom Peeters']);
    const tuesday = await get(as.ann, `/api/v1/people?siteId=${gent.id}&weekday=2`);
    expect(names(tuesday.json())).toEqual(['Tom Peeters']);
    expect(tuesday.json().items[0].siteDays).toEqual([
      { weekday: 2, siteId: gent.id, siteName: 'Gent' },
    ]);
  });

  it('shows only public fields in the directory', async () => {
    const response = await get(as.ann, '/api/v1/people?q=tom');
    const card = response.json().items[0];
    expect(Object.keys(card).sort()).toEqual(
      [
        'id',
        'name',
        'initials',
        'jobTitle',
        'team',
        'site',
        'languages',
        'siteDays',
        'skillsOffered',
        'skillsWanted',
      ].sort(),
    );
    expect(response.body).not.toContain('tom.peeters@example.test');
    expect(response.body).not.toContain('Dashboards');
  });

  it('keeps inactive people out, except for admins who ask', async () => {
    expect(names((await get(as.ann, '/api/v1/people?q=otto')).json())).toEqual([]);
    expect((await get(as.ann, '/api/v1/people?status=all')).statusCode).toBe(403);
    const all = await get(as.admin, '/api/v1/people?status=inactive');
    expect(names(all.json())).toEqual(['Otto Outside']);
    expect((await get(as.ann, `/api/v1/people/${outsider.id}`)).statusCode).toBe(404);
    expect((await get(as.admin, `/api/v1/people/${outsider.id}`)).statusCode).toBe(200);
  });

  it("shows a colleague's card, without learning profile or account", async () => {
    const response = await get(as.ann, `/api/v1/people/${tom.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().learning).toBeUndefined();
    expect(response.json().account).toBeUndefined();
    expect(response.body).not.toContain('Dashboards');
  });

  it('shows the learning profile to managers up the chain, read-only', async () => {
    for (const manager of [as.lead, as.head]) {
      const response = await get(manager, `/api/v1/people/${tom.id}`);
      expect(response.json().learning).toMatchObject({
        supportNeed: 5,
        learningWays: ['colleagues'],
        goals: [expect.objectContaining({ title: 'Dashboards' })],
      });
      expect(response.json().account).toBeUndefined();
    }
    const upward = await get(as.tom, `/api/v1/people/${lead.id}`);
    expect(upward.json().learning).toBeUndefined();
  });

  it('shows everything to the person and to admins', async () => {
    for (const session of [as.tom, as.admin]) {
      const response = await get(session, `/api/v1/people/${tom.id}`);
      expect(response.json().learning.supportNeed).toBe(5);
      expect(response.json().account).toMatchObject({
        email: 'tom.peeters@example.test',
        manager: { id: lead.id, name: 'Luc Janssens' },
      });
    }
  });

  it("never shows another organisation's people", async () => {
    expect((await get(as.stranger, `/api/v1/people/${tom.id}`)).statusCode).toBe(404);
    const search = await get(as.stranger, '/api/v1/people?q=peeters');
    expect(search.json().items.map((p: { id: string }) => p.id)).not.toContain(tom.id);
  });

  it('refuses malformed queries with field errors', async () => {
    const response = await get(as.ann, '/api/v1/people?limit=1000&teamId=nope&weekday=8');
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['querystring.limit', 'querystring.teamId', 'querystring.weekday']);
  });
});
