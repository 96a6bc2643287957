import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  createOrganisation,
  createPerson,
  sessionFor,
  type TestSession,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

describeEachDatabase('organisation settings', (db) => {
  let server: TestServer;
  let orgId: string;
  let asAdmin: TestSession;
  let asManager: TestSession;

  const send = (session: TestSession, method: 'GET' | 'PATCH', payload?: object) =>
    server.app.inject({
      method,
      url: '/api/v1/organisation',
      headers: session.headers,
      payload,
    });

  beforeAll(async () => {
    server = await startTestServer(db());
    orgId = (await createOrganisation(db(), { name: 'Brouwerij Samen' })).id;
    asAdmin = await sessionFor(db(), await createPerson(db(), orgId, { role: 'admin' }));
    asManager = await sessionFor(db(), await createPerson(db(), orgId, { role: 'manager' }));
  });

  it('shows the settings to admins', async () => {
    const response = await send(asAdmin, 'GET');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: orgId,
      name: 'Brouwerij Samen',
      isDemo: false,
      defaultLocale: 'en',
      defaultTimeZone: 'Europe/Brussels',
      videoLinkTemplate: null,
    });
  });

  it('changes only the fields sent', async () => {
    const response = await send(asAdmin, 'PATCH', {
      defaultLocale: 'nl',
      defaultTimeZone: 'europe/amsterdam',
      videoLinkTemplate: 'https://meet.jit.si/samen-{id}',
    });
    expect(response.json()).toMatchObject({
      name: 'Brouwerij Samen',
      defaultLocale: 'nl',
      defaultTimeZone: 'Europe/Amsterdam',
      videoLinkTemplate: 'https://meet.jit.si/samen-{id}',
    });
    const cleared = await send(asAdmin, 'PATCH', { videoLinkTemplate: null, name: 'Samen NV' });
    expect(cleared.json()).toMatchObject({ name: 'Samen NV', videoLinkTemplate: null });
  });

  it('refuses a bad time zone, a blank name and a link that is not https', async () => {
    const response = await send(asAdmin, 'PATCH', {
      name: '  ',
      defaultTimeZone: 'Brussels',
      videoLinkTemplate: 'javascript:alert(1)',
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['defaultTimeZone', 'name', 'videoLinkTemplate']);
    expect((await send(asAdmin, 'GET')).json().name).toBe('Samen NV');
  });

  it('is for admins only', async () => {
    expect((await send(asManager, 'GET')).statusCode).toBe(403);
    expect((await send(asManager, 'PATCH', { name: 'Mine' })).statusCode).toBe(403);
  });
});
