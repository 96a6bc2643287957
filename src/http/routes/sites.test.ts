import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  createOrganisation,
  createPerson,
  createSite,
  sessionFor,
  setWorkDay,
  type TestSession,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

describeEachDatabase('sites', (db) => {
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

  beforeAll(async () => {
    server = await startTestServer(db());
    orgId = (await createOrganisation(db())).id;
    asAdmin = await sessionFor(db(), await createPerson(db(), orgId, { role: 'admin' }));
    asEmployee = await sessionFor(db(), await createPerson(db(), orgId));
  });

  it('adds, lists by name and changes sites', async () => {
    const gent = await send(asAdmin, 'POST', '/api/v1/sites', { name: 'Gent', city: 'Gent' });
    expect(gent.statusCode).toBe(201);
    expect(gent.json()).toMatchObject({ name: 'Gent', city: 'Gent', timeZone: 'Europe/Brussels' });
    await send(asAdmin, 'POST', '/api/v1/sites', {
      name: 'Amsterdam',
      timeZone: 'europe/amsterdam',
    });
    const list = await send(asEmployee, 'GET', '/api/v1/sites');
    expect(list.json().items.map((s: { name: string; timeZone: string }) => s.timeZone)).toEqual([
      'Europe/Amsterdam',
      'Europe/Brussels',
    ]);
    const renamed = await send(asAdmin, 'PATCH', `/api/v1/sites/${gent.json().id}`, {
      name: 'Gent Zuid',
      city: null,
    });
    expect(renamed.json()).toMatchObject({ name: 'Gent Zuid', city: null });
  });

  it('refuses duplicate names and unknown time zones', async () => {
    const duplicate = await send(asAdmin, 'POST', '/api/v1/sites', { name: 'gent zuid' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('name_taken');
    const zone = await send(asAdmin, 'POST', '/api/v1/sites', {
      name: 'Moon',
      timeZone: 'Moon/Base',
    });
    expect(zone.json().error.fields).toEqual([expect.objectContaining({ field: 'timeZone' })]);
  });

  it('deletes a site only when nobody belongs to it or works there', async () => {
    const site = await createSite(db(), orgId, { name: 'Leuven' });
    const person = await createPerson(db(), orgId);
    await setWorkDay(db(), person, { weekday: 1, mode: 'office', siteId: site.id });
    const busy = await send(asAdmin, 'DELETE', `/api/v1/sites/${site.id}`);
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error).toMatchObject({ code: 'site_in_use' });
    expect(busy.json().error.message).toBe(
      '1 person still belongs to this site or has office days there. Move them to another site first.',
    );
    await setWorkDay(db(), person, { weekday: 1, mode: 'home' });
    await db().query('update people set site_id = $2 where id = $1', [person.id, site.id]);
    expect((await send(asAdmin, 'DELETE', `/api/v1/sites/${site.id}`)).statusCode).toBe(409);
    await db().query('update people set site_id = null where id = $1', [person.id]);
    expect((await send(asAdmin, 'DELETE', `/api/v1/sites/${site.id}`)).statusCode).toBe(204);
  });

  it('lets only admins change sites', async () => {
    const site = await createSite(db(), orgId);
    const responses = await Promise.all([
      send(asEmployee, 'POST', '/api/v1/sites', { name: 'Mine' }),
      send(asEmployee, 'PATCH', `/api/v1/sites/${site.id}`, { name: 'Mine' }),
      send(asEmployee, 'DELETE', `/api/v1/sites/${site.id}`),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([403, 403, 403]);
  });
});
