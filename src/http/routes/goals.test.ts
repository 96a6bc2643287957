import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  createOrganisation,
  createPerson,
  createSkill,
  sessionFor,
  type TestSession,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

describeEachDatabase('my learning goals', (db) => {
  let server: TestServer;
  let anna: TestSession;
  let ben: TestSession;
  let skill: { id: string; name: string };

  const request = (
    session: TestSession,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => server.app.inject({ method, url, headers: session.headers, payload });

  beforeAll(async () => {
    server = await startTestServer(db());
    const org = await createOrganisation(db());
    anna = await sessionFor(db(), await createPerson(db(), org.id));
    ben = await sessionFor(db(), await createPerson(db(), org.id));
    skill = await createSkill(db(), org.id, { name: 'Power BI' });
  });

  it('adds a goal with defaults and lists it', async () => {
    const created = await request(anna, 'POST', '/api/v1/me/goals', {
      title: '  Build my first dashboard ',
      skillId: skill.id,
      targetDate: '2027-03-31',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      title: 'Build my first dashboard',
      why: null,
      skill: { id: skill.id, name: 'Power BI' },
      targetDate: '2027-03-31',
      status: 'open',
      progress: 0,
    });
    const list = await request(anna, 'GET', '/api/v1/me/goals');
    expect(list.json().items.map((g: { id: string }) => g.id)).toEqual([created.json().id]);
  });

  it('lists open goals first, the nearest target date first', async () => {
    const titles = ['Later', 'Sooner', 'Finished'];
    const dates = ['2028-01-01', '2026-12-01', '2026-01-01'];
    for (const [i, title] of titles.entries()) {
      await request(ben, 'POST', '/api/v1/me/goals', {
        title,
        targetDate: dates[i],
        status: title === 'Finished' ? 'done' : 'in_progress',
      });
    }
    const list = await request(ben, 'GET', '/api/v1/me/goals');
    expect(list.json().items.map((g: { title: string }) => g.title)).toEqual([
      'Sooner',
      'Later',
      'Finished',
    ]);
  });

  it('changes only the fields sent', async () => {
    const goal = (await request(anna, 'POST', '/api/v1/me/goals', { title: 'Speak up' })).json();
    const patched = await request(anna, 'PATCH', `/api/v1/me/goals/${goal.id}`, {
      status: 'in_progress',
      progress: 40,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      title: 'Speak up',
      status: 'in_progress',
      progress: 40,
    });
    const cleared = await request(anna, 'PATCH', `/api/v1/me/goals/${goal.id}`, {
      why: 'x',
      skillId: null,
    });
    expect(cleared.json()).toMatchObject({ why: 'x', skill: null, progress: 40 });
  });

  it("treats someone else's goal as unknown, to read, change or delete", async () => {
    const goal = (await request(anna, 'POST', '/api/v1/me/goals', { title: 'Mine' })).json();
    const patch = await request(ben, 'PATCH', `/api/v1/me/goals/${goal.id}`, { title: 'Hijacked' });
    expect(patch.statusCode).toBe(404);
    const remove = await request(ben, 'DELETE', `/api/v1/me/goals/${goal.id}`);
    expect(remove.statusCode).toBe(404);
    const list = await request(anna, 'GET', '/api/v1/me/goals');
    expect(list.json().items.find((g: { id: string }) => g.id === goal.id).title).toBe('Mine');
  });

  it('deletes a goal', async () => {
    const goal = (await request(anna, 'POST', '/api/v1/me/goals', { title: 'Gone soon' })).json();
    expect((await request(anna, 'DELETE', `/api/v1/me/goals/${goal.id}`)).statusCode).toBe(204);
    expect((await request(anna, 'DELETE', `/api/v1/me/goals/${goal.id}`)).statusCode).toBe(404);
  });

  it('refuses bad input field by field', async () => {
    const other = await createOrganisation(db());
    const theirs = await createSkill(db(), other.id);
    const response = await request(anna, 'POST', '/api/v1/me/goals', {
      title: '   ',
      skillId: theirs.id,
      progress: 120,
      targetDate: '31/12/2026',
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['progress', 'targetDate']);
    const semantic = await request(anna, 'POST', '/api/v1/me/goals', {
      title: '   ',
      skillId: theirs.id,
    });
    expect(semantic.json().error.fields).toEqual([
      expect.objectContaining({ field: 'title', code: 'required' }),
      expect.objectContaining({ field: 'skillId', code: 'not_found' }),
    ]);
  });
});
