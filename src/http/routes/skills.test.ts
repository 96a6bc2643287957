import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  addPersonSkill,
  createOrganisation,
  createPerson,
  createSkill,
  sessionFor,
  type TestSession,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

describeEachDatabase('skills taxonomy', (db) => {
  let server: TestServer;
  let orgId: string;
  let asAdmin: TestSession;
  let asEmployee: TestSession;

  const send = (
    session: TestSession,
    method: 'POST' | 'PATCH' | 'DELETE' | 'GET',
    url: string,
    payload?: object,
  ) => server.app.inject({ method, url, headers: session.headers, payload });
  const names = (body: { items: { name: string }[] }) => body.items.map((s) => s.name);

  beforeAll(async () => {
    server = await startTestServer(db());
    orgId = (await createOrganisation(db())).id;
    asAdmin = await sessionFor(db(), await createPerson(db(), orgId, { role: 'admin' }));
    asEmployee = await sessionFor(db(), await createPerson(db(), orgId));
    await createSkill(db(), orgId, {
      name: 'Product range',
      category: 'company_knowledge',
      synonyms: ['Productgamma', 'productkennis'],
    });
    await createSkill(db(), orgId, { name: 'Power BI', category: 'digital_tools' });
    await createSkill(db(), orgId, { name: 'Powerpoint', category: 'digital_tools' });
    await createSkill(db(), orgId, {
      name: 'Presenting',
      category: 'interpersonal',
      synonyms: ['Presenteren', 'power talk'],
    });
    await createSkill(db(), orgId, { name: 'Strategy 2030', category: 'strategy' });
    await createSkill(db(), (await createOrganisation(db())).id, { name: 'Power Apps' });
  });

  it('completes names and synonyms, the best matches first', async () => {
    const power = await send(asEmployee, 'GET', '/api/v1/skills?q=power');
    expect(names(power.json())).toEqual(['Power BI', 'Powerpoint', 'Presenting']);
    expect(power.json().items[2].matchedSynonym).toBe('power talk');
    const dutch = await send(asEmployee, 'GET', '/api/v1/skills?q=GAMMA');
    expect(dutch.json().items).toEqual([
      expect.objectContaining({ name: 'Product range', matchedSynonym: 'Productgamma' }),
    ]);
    const exact = await send(asEmployee, 'GET', '/api/v1/skills?q=power%20bi');
    expect(names(exact.json())).toEqual(['Power BI']);
  });

  it('lists the whole taxonomy by category without words, or one category', async () => {
    const all = await send(asEmployee, 'GET', '/api/v1/skills');
    expect(names(all.json())).toEqual([
      'Product range',
      'Strategy 2030',
      'Power BI',
      'Powerpoint',
      'Presenting',
    ]);
    const tools = await send(asEmployee, 'GET', '/api/v1/skills?category=digital_tools&limit=1');
    expect(names(tools.json())).toEqual(['Power BI']);
    const literal = await send(asEmployee, 'GET', '/api/v1/skills?q=%25');
    expect(literal.json().items).toEqual([]);
  });

  it('adds and changes skills, tidying synonyms', async () => {
    const created = await send(asAdmin, 'POST', '/api/v1/skills', {
      name: 'Negotiation',
      category: 'professional',
      synonyms: [' Onderhandelen ', 'onderhandelen', 'negotiation', 'deal   making'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Negotiation',
      category: 'professional',
      synonyms: ['Onderhandelen', 'deal making'],
      description: null,
    });
    const changed = await send(asAdmin, 'PATCH', `/api/v1/skills/${created.json().id}`, {
      category: 'interpersonal',
      description: 'Getting to yes',
    });
    expect(changed.json()).toMatchObject({
      name: 'Negotiation',
      category: 'interpersonal',
      synonyms: ['Onderhandelen', 'deal making'],
      description: 'Getting to yes',
    });
  });

  it('keeps names unique regardless of case', async () => {
    const duplicate = await send(asAdmin, 'POST', '/api/v1/skills', { name: 'power bi' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({
      code: 'name_taken',
      fields: [expect.objectContaining({ field: 'name', code: 'taken' })],
    });
    const skill = await createSkill(db(), orgId, { name: 'Rename me' });
    const clash = await send(asAdmin, 'PATCH', `/api/v1/skills/${skill.id}`, {
      name: 'POWERPOINT',
    });
    expect(clash.statusCode).toBe(409);
    const recase = await send(asAdmin, 'PATCH', `/api/v1/skills/${skill.id}`, {
      name: 'RENAME ME',
    });
    expect(recase.statusCode).toBe(200);
  });

  it('refuses categories outside the list', async () => {
    const response = await send(asAdmin, 'POST', '/api/v1/skills', {
      name: 'Juggling',
      category: 'circus',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0]).toMatchObject({ field: 'category', code: 'one_of' });
  });

  it("deletes a skill and takes it off everyone's lists", async () => {
    const skill = await createSkill(db(), orgId, { name: 'Fax machines' });
    const person = await createPerson(db(), orgId);
    await addPersonSkill(db(), person, skill, { offered: 5 });
    expect((await send(asAdmin, 'DELETE', `/api/v1/skills/${skill.id}`)).statusCode).toBe(204);
    const [row] = await db().query<{ count: number }>(
      'select count(*)::int as count from person_skills where skill_id = $1',
      [skill.id],
    );
    expect(row.count).toBe(0);
    expect((await send(asAdmin, 'DELETE', `/api/v1/skills/${skill.id}`)).statusCode).toBe(404);
  });

  it('lets only admins change the taxonomy', async () => {
    const skill = await createSkill(db(), orgId);
    const responses = await Promise.all([
      send(asEmployee, 'POST', '/api/v1/skills', { name: 'Mine' }),
      send(asEmployee, 'PATCH', `/api/v1/skills/${skill.id}`, { name: 'Mine' }),
      send(asEmployee, 'DELETE', `/api/v1/skills/${skill.id}`),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([403, 403, 403]);
  });
});
