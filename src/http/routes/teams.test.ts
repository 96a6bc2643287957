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

describeEachDatabase('teams', (db) => {
  let server: TestServer;
  let orgId: string;
  let asAdmin: TestSession;
  let asEmployee: TestSession;
  let manager: PersonRow;

  const send = (
    session: TestSession,
    method: 'POST' | 'PATCH' | 'DELETE' | 'GET',
    url: string,
    payload?: object,
  ) => server.app.inject({ method, url, headers: session.headers, payload });

  beforeAll(async () => {
    server = await startTestServer(db());
    orgId = (await createOrganisation(db())).id;
    asAdmin = await sessionFor(db(), await createPerson(db(), orgId, { role: 'admin' }));
    manager = await createPerson(db(), orgId, { name: 'Mia Manager', role: 'manager' });
    asEmployee = await sessionFor(db(), await createPerson(db(), orgId));
  });

  it('builds a tree that everyone can read, depth first with managers and members', async () => {
    const board = (
      await send(asAdmin, 'POST', '/api/v1/teams', { name: 'Board', managerId: manager.id })
    ).json();
    expect(board).toMatchObject({ depth: 0, manager: { id: manager.id, name: 'Mia Manager' } });
    const sales = await send(asAdmin, 'POST', '/api/v1/teams', {
      name: ' Sales ',
      department: 'Commercial',
      parentId: board.id,
    });
    expect(sales.statusCode).toBe(201);
    expect(sales.json()).toMatchObject({ name: 'Sales', depth: 1, parentId: board.id });
    await send(asAdmin, 'POST', '/api/v1/teams', { name: 'Accounts', parentId: board.id });
    await send(asAdmin, 'POST', '/api/v1/teams', {
      name: 'Inside sales',
      parentId: sales.json().id,
    });
    await createPerson(db(), orgId, { teamId: sales.json().id });
    const tree = await send(asEmployee, 'GET', '/api/v1/teams');
    expect(tree.statusCode).toBe(200);
    expect(
      tree.json().items.map((t: { name: string; depth: number }) => `${t.depth}:${t.name}`),
    ).toEqual(['0:Board', '1:Accounts', '1:Sales', '2:Inside sales']);
    expect(tree.json().items[2].memberCount).toBe(1);
  });

  it('refuses a loop in the tree', async () => {
    const a = await createTeam(db(), orgId, { name: 'Loop A' });
    const b = await createTeam(db(), orgId, { name: 'Loop B', parentId: a.id });
    const c = await createTeam(db(), orgId, { name: 'Loop C', parentId: b.id });
    const loop = await send(asAdmin, 'PATCH', `/api/v1/teams/${a.id}`, { parentId: c.id });
    expect(loop.statusCode).toBe(409);
    expect(loop.json().error.code).toBe('team_cycle');
    const self = await send(asAdmin, 'PATCH', `/api/v1/teams/${a.id}`, { parentId: a.id });
    expect(self.statusCode).toBe(409);
    const moved = await send(asAdmin, 'PATCH', `/api/v1/teams/${c.id}`, { parentId: null });
    expect(moved.json()).toMatchObject({ parentId: null, depth: 0, name: 'Loop C' });
  });

  it("refuses a duplicate name, and another organisation's manager or parent", async () => {
    const other = await createOrganisation(db());
    const foreignPerson = await createPerson(db(), other.id);
    const foreignTeam = await createTeam(db(), other.id);
    const duplicate = await send(asAdmin, 'POST', '/api/v1/teams', { name: 'SALES' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({
      code: 'name_taken',
      message: 'A team with this name already exists.',
    });
    const foreign = await send(asAdmin, 'POST', '/api/v1/teams', {
      name: 'Fine',
      managerId: foreignPerson.id,
      parentId: foreignTeam.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      'parentId',
      'managerId',
    ]);
  });

  it('deletes only an empty team', async () => {
    const parent = await createTeam(db(), orgId, { name: 'Parent' });
    const child = await createTeam(db(), orgId, { name: 'Child', parentId: parent.id });
    await createPerson(db(), orgId, { teamId: child.id });
    const busy = await send(asAdmin, 'DELETE', `/api/v1/teams/${parent.id}`);
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.code).toBe('team_not_empty');
    const empty = await createTeam(db(), orgId, { name: 'Empty' });
    expect((await send(asAdmin, 'DELETE', `/api/v1/teams/${empty.id}`)).statusCode).toBe(204);
    expect((await send(asAdmin, 'DELETE', `/api/v1/teams/${empty.id}`)).statusCode).toBe(404);
  });

  it('lets only admins change teams', async () => {
    const team = await createTeam(db(), orgId);
    const responses = await Promise.all([
      send(asEmployee, 'POST', '/api/v1/teams', { name: 'Mine' }),
      send(asEmployee, 'PATCH', `/api/v1/teams/${team.id}`, { name: 'Mine' }),
      send(asEmployee, 'DELETE', `/api/v1/teams/${team.id}`),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([403, 403, 403]);
  });
});
