import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, sessionFor } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { createPersonWithPassword, PASSWORD, sessionHeaders } from '../../../test/signIn';

describeEachDatabase('sign-in API', (db) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db());
  });
  afterAll(async () => {
    await server.app.close();
  });

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      headers,
    });

  it('signs in: session and CSRF cookies, and the signed-in person', async () => {
    const org = await createOrganisation(db(), { name: 'Brouwerij Samen' });
    const person = await createPersonWithPassword(db(), org.id, {
      email: 'ann@api.test',
      name: 'Ann Peeters',
      role: 'manager',
      locale: 'nl',
    });
    const response = await login('ann@api.test', PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      person: {
        id: person.id,
        name: 'Ann Peeters',
        email: 'ann@api.test',
        role: 'manager',
        locale: 'nl',
        organisation: { id: org.id, name: 'Brouwerij Samen', isDemo: false },
        csrfToken: body.csrfToken,
      },
      csrfToken: expect.any(String),
    });
    const session = response.cookies.find((c) => c.name === 'samen_session')!;
    const csrf = response.cookies.find((c) => c.name === 'samen_csrf')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session.secure).toBeFalsy();
    expect(csrf.value).toBe(body.csrfToken);
    expect(csrf.httpOnly).toBeFalsy();

    const me = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: sessionHeaders(response),
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(body.person);
  });

  it('marks the cookies Secure when the server is reached over HTTPS', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id);
    const secure = await startTestServer(db(), { SAMEN_PUBLIC_URL: 'https://samen.example' });
    const response = await secure.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: person.email, password: PASSWORD },
    });
    expect(response.cookies.map((c) => [c.name, c.secure])).toEqual([
      ['samen_session', true],
      ['samen_csrf', true],
    ]);
    await secure.app.close();
  });

  it('refuses a wrong password and an unknown address with the same localised answer', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id);
    const wrong = await login(person.email, 'not the password');
    const unknown = await login('nobody@api.test', PASSWORD, { 'accept-language': 'nl' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toEqual({
      code: 'invalid_credentials',
      message: 'That e-mail address and password do not match.',
    });
    expect(wrong.cookies).toEqual([]);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error).toEqual({
      code: 'invalid_credentials',
      message: 'Dat e-mailadres en wachtwoord horen niet bij elkaar.',
    });
  });

  it('answers 429 after five failures within fifteen minutes, saying how long to wait', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id);
    const start = new Date();
    for (let i = 0; i < 5; i++) {
      server.setNow(new Date(start.getTime() + i * 60_000));
      expect((await login(person.email, 'wrong password')).statusCode).toBe(401);
    }
    server.setNow(new Date(start.getTime() + 5 * 60_000));
    const blocked = await login(person.email, PASSWORD, { 'accept-language': 'nl' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error).toEqual({
      code: 'too_many_attempts',
      message: 'Te veel aanmeldpogingen. Probeer het over 10 minuten opnieuw.',
    });
    // The limit is per address: another person signs in meanwhile.
    const other = await createPersonWithPassword(db(), org.id);
    expect((await login(other.email, PASSWORD)).statusCode).toBe(200);
    server.setNow(new Date(start.getTime() + 15 * 60_000 + 1000));
    expect((await login(person.email, PASSWORD)).statusCode).toBe(200);
    server.setNow(new Date());
  });

  it('stops a session at its expiry, after fourteen days', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id);
    const start = new Date();
    server.setNow(start);
    const headers = sessionHeaders(await login(person.email, PASSWORD));
    server.setNow(new Date(start.getTime() + 13 * 24 * 60 * 60_000));
    expect(
      (await server.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode,
    ).toBe(200);
    server.setNow(new Date(start.getTime() + 14 * 24 * 60 * 60_000 + 1000));
    const expired = await server.app.inject({ method: 'GET', url: '/api/v1/me', headers });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('unauthenticated');
    server.setNow(new Date());
  });

  it('signs out: the session ends and its cookies are cleared', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id);
    const headers = sessionHeaders(await login(person.email, PASSWORD));
    const logout = await server.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers });
    expect(logout.statusCode).toBe(204);
    const cleared = Object.fromEntries(logout.cookies.map((c) => [c.name, c.value]));
    expect(cleared).toEqual({ samen_session: '', samen_csrf: '' });
    expect(
      (await server.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode,
    ).toBe(401);
    // Signing out again, or without a session, is not an error.
    expect(
      (await server.app.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode,
    ).toBe(204);
  });

  it('answers GET /api/v1/me with 401 when signed out', async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { 'accept-language': 'nl-BE' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toEqual({
      code: 'unauthenticated',
      message: 'Meld je eerst aan.',
    });
  });

  it('requires the CSRF header on changing requests made with a session', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id);
    const { headers } = await sessionFor(db(), person);
    const cookieOnly = { cookie: headers.cookie };
    for (const request of [
      { method: 'POST' as const, url: '/api/v1/auth/logout' },
      { method: 'PATCH' as const, url: '/api/v1/me/preferences', payload: { locale: 'nl' } },
    ]) {
      const refused = await server.app.inject({ ...request, headers: cookieOnly });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('csrf_failed');
      const forged = await server.app.inject({
        ...request,
        headers: { ...cookieOnly, 'x-csrf-token': 'guessed' },
      });
      expect(forged.statusCode).toBe(403);
    }
    // Nothing changed, and the session still works.
    const me = await server.app.inject({ method: 'GET', url: '/api/v1/me', headers });
    expect(me.json()).toMatchObject({ locale: 'en', csrfToken: headers['x-csrf-token'] });
  });

  it('keeps the chosen language for the signed-in person', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id, { locale: 'en' });
    const headers = sessionHeaders(await login(person.email, PASSWORD));
    const changed = await server.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/preferences',
      headers,
      payload: { locale: 'nl' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: person.id, locale: 'nl' });
    // Later answers come in that language, whatever the browser asks for.
    const error = await server.app.inject({
      method: 'GET',
      url: '/api/v1/admin/outbox',
      headers: { ...headers, 'accept-language': 'en' },
    });
    expect(error.json().error.message).toBe('Je mag dit niet doen.');
    const bad = await server.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/preferences',
      headers,
      payload: { locale: 'fr' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { field: 'locale', code: 'one_of', message: 'Kies een van: nl, en.' },
    ]);
  });

  it('answers bad sign-in input with field errors', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ann@api.test' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: 'password', code: 'required', message: 'This field is required.' },
    ]);
  });
});
