import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, createPerson } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { sessionHeaders } from '../../../test/signIn';

// One story per database: set-up is a one-time event of the whole installation.
describeEachDatabase('first run and demo API', (db) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db());
  });
  afterAll(async () => {
    await server.app.close();
  });

  const post = (url: string, payload?: object, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'POST', url, payload, headers });
  const setupState = async () =>
    (await server.app.inject({ method: 'GET', url: '/api/v1/setup' })).json();
  const admin = {
    organisationName: 'Brouwerij De Kroon',
    name: 'Els Janssens',
    email: 'Els@Kroon.test',
    password: 'a long enough password',
    locale: 'nl',
  };

  it('offers set-up and the demo on an empty installation', async () => {
    expect(await setupState()).toEqual({ needsSetup: true, demoAvailable: true });
    const noDemo = await post('/api/v1/demo/sign-in', { role: 'admin' });
    expect(noDemo.statusCode).toBe(403);
    expect(noDemo.json().error.code).toBe('demo_only');
  });

  it('creates one demo organisation with a sample employee, manager and admin', async () => {
    const [first, second] = await Promise.all([post('/api/v1/demo'), post('/api/v1/demo')]);
    expect(first.statusCode).toBe(200);
    const demo = first.json();
    expect(second.json()).toEqual(demo);
    expect(demo.accounts.map((a: { role: string }) => a.role)).toEqual([
      'employee',
      'manager',
      'admin',
    ]);
    for (const account of demo.accounts) {
      expect(account).toEqual({
        personId: expect.any(String),
        name: expect.any(String),
        role: account.role,
        jobTitle: expect.any(String),
      });
    }
    expect(await setupState()).toEqual({ needsSetup: true, demoAvailable: true, demo });
    expect((await post('/api/v1/demo')).json().organisationId).toBe(demo.organisationId);
  });

  it('signs in as a sample person of the demo with one click', async () => {
    const { demo } = await setupState();
    const response = await post('/api/v1/demo/sign-in', { role: 'manager' });
    expect(response.statusCode).toBe(200);
    const manager = demo.accounts.find((a: { role: string }) => a.role === 'manager');
    expect(response.json().person).toMatchObject({
      id: manager.personId,
      role: 'manager',
      organisation: { id: demo.organisationId, isDemo: true },
    });
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: sessionHeaders(response),
    });
    expect(me.json().id).toBe(manager.personId);
    const bad = await post('/api/v1/demo/sign-in', { role: 'owner' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ field: 'role', code: 'one_of' });
  });

  it('refuses set-up input that is incomplete, with field errors', async () => {
    const weak = await post('/api/v1/setup', { ...admin, password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields).toEqual([
      {
        field: 'password',
        code: 'password_weak',
        message: 'Use at least 10 characters for your password.',
      },
    ]);
    const badEmail = await post('/api/v1/setup', { ...admin, email: 'not an address' });
    expect(badEmail.json().error.fields).toEqual([
      { field: 'email', code: 'email', message: 'Enter a valid e-mail address.' },
    ]);
    const blank = await post('/api/v1/setup', { ...admin, organisationName: '  ', name: ' ' });
    expect(blank.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      'organisationName',
      'name',
    ]);
    expect((await setupState()).needsSetup).toBe(true);
  });

  it('creates the organisation and its first admin, and signs them in', async () => {
    const response = await post('/api/v1/setup', admin);
    expect(response.statusCode).toBe(201);
    const { person } = response.json();
    expect(person).toMatchObject({
      name: 'Els Janssens',
      email: 'els@kroon.test',
      role: 'admin',
      locale: 'nl',
      organisation: { name: 'Brouwerij De Kroon', isDemo: false },
    });
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: sessionHeaders(response),
    });
    expect(me.json().id).toBe(person.id);
    const login = await post('/api/v1/auth/login', {
      email: 'els@kroon.test',
      password: admin.password,
    });
    expect(login.statusCode).toBe(200);
    const [organisation] = await db().query<{ default_locale: string }>(
      'select default_locale from organisations where id = $1',
      [person.organisation.id],
    );
    expect(organisation.default_locale).toBe('nl');
    expect((await setupState()).needsSetup).toBe(false);
  });

  it('refuses a second set-up', async () => {
    const again = await post(
      '/api/v1/setup',
      { ...admin, organisationName: 'Another', email: 'x@other.test' },
      { 'accept-language': 'nl' },
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({
      code: 'setup_done',
      message: 'Samen is al ingesteld. Meld je aan.',
    });
    const [count] = await db().query<{ n: number }>(
      'select count(*) as n from organisations where not is_demo',
    );
    expect(count.n).toBe(1);
  });

  it('never signs in without a password in an organisation that is not a demo', async () => {
    const real = await createOrganisation(db());
    await createPerson(db(), real.id, { role: 'admin' });
    const response = await post('/api/v1/demo/sign-in', {
      role: 'admin',
      organisationId: real.id,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('demo_only');
    expect(response.cookies).toEqual([]);
  });

  it('picks stand-in sample people in a demo made without recording them', async () => {
    const demo = await createOrganisation(db(), { isDemo: true });
    const idle = await createPerson(db(), demo.id, { role: 'manager', email: 'a@demo.test' });
    const boss = await createPerson(db(), demo.id, { role: 'manager', email: 'b@demo.test' });
    await createPerson(db(), demo.id, { role: 'employee', managerId: boss.id });
    const response = await post('/api/v1/demo/sign-in', {
      role: 'manager',
      organisationId: demo.id,
    });
    expect(response.json().person.id).toBe(boss.id);
    expect(response.json().person.id).not.toBe(idle.id);
    const noAdmin = await post('/api/v1/demo/sign-in', { role: 'admin', organisationId: demo.id });
    expect(noAdmin.statusCode).toBe(404);
  });
});
