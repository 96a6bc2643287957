import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, createPerson } from '../../../test/factories';
import { type MailCatcher, startMailCatcher } from '../../../test/mailCatcher';
import { startTestServer, type TestServer } from '../../../test/server';
import { createPersonWithPassword, linkIn, PASSWORD, sessionHeaders } from '../../../test/signIn';

describeEachDatabase('password reset API', (db) => {
  let catcher: MailCatcher;
  let server: TestServer;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    server = await startTestServer(db(), {
      ...catcher.env,
      SAMEN_PUBLIC_URL: 'https://samen.example',
    });
  });
  afterAll(async () => {
    await server.app.close();
    await catcher.close();
  });

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'POST', url, payload, headers });
  const requestReset = (email: string) => post('/api/v1/auth/password-reset', { email });
  const confirm = (token: string, password: string) =>
    post('/api/v1/auth/password-reset/confirm', { token, password });
  const login = (email: string, password: string) =>
    post('/api/v1/auth/login', { email, password });

  it('mails a reset link in the person’s language; the new password works, the old one and other sessions do not', async () => {
    const org = await createOrganisation(db(), { name: 'Kroon' });
    const person = await createPersonWithPassword(db(), org.id, {
      name: 'Jan Peeters',
      email: 'jan@reset.test',
      locale: 'nl',
    });
    const otherSession = sessionHeaders(await login('jan@reset.test', PASSWORD));

    const requested = await requestReset('Jan@Reset.test');
    expect(requested.statusCode).toBe(202);
    const mail = await catcher.next();
    expect(mail).toMatchObject({
      to: 'jan@reset.test',
      subject: 'Kies een nieuw wachtwoord voor Samen',
      language: 'nl',
    });
    expect(mail.text).toContain('Hallo Jan Peeters,');
    expect(mail.text).toContain('Kroon');
    const { url, token } = linkIn(mail.text);
    expect(`${url.origin}${url.pathname}`).toBe('https://samen.example/reset-password');
    expect(mail.html).toContain(`href="${url.href}"`);

    const done = await confirm(token, 'my new long password');
    expect(done.statusCode).toBe(204);
    expect((await login('jan@reset.test', 'my new long password')).statusCode).toBe(200);
    expect((await login('jan@reset.test', PASSWORD)).statusCode).toBe(401);
    const ended = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: otherSession,
    });
    expect(ended.statusCode).toBe(401);
    const [row] = await db().query<{ status: string }>(
      'select status from mail_outbox where organisation_id = $1 and to_address = $2',
      [org.id, person.email],
    );
    expect(row.status).toBe('sent');
  });

  it('uses a link once only', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id);
    await requestReset(person.email);
    const { token } = linkIn((await catcher.next()).text);
    expect((await confirm(token, 'first new password')).statusCode).toBe(204);
    const reused = await post(
      '/api/v1/auth/password-reset/confirm',
      { token, password: 'second new password' },
      { 'accept-language': 'nl' },
    );
    expect(reused.statusCode).toBe(410);
    expect(reused.json().error).toEqual({
      code: 'token_invalid',
      message: 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.',
    });
    expect((await login(person.email, 'first new password')).statusCode).toBe(200);
  });

  it('lets a link expire after an hour', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id);
    const start = new Date();
    server.setNow(start);
    await requestReset(person.email);
    const { token } = linkIn((await catcher.next()).text);
    server.setNow(new Date(start.getTime() + 61 * 60_000));
    expect((await confirm(token, 'too late password')).statusCode).toBe(410);
    server.setNow(new Date());
    expect((await login(person.email, PASSWORD)).statusCode).toBe(200);
  });

  it('ends other open links once a new password is set', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id);
    await requestReset(person.email);
    await requestReset(person.email);
    const first = linkIn((await catcher.next()).text).token;
    const second = linkIn((await catcher.next()).text).token;
    expect((await confirm(second, 'the newest password')).statusCode).toBe(204);
    expect((await confirm(first, 'an older link password')).statusCode).toBe(410);
  });

  it('answers 202 for an unknown address and mails nobody', async () => {
    const before = catcher.mails.length;
    const response = await requestReset('nobody@reset.test');
    expect(response.statusCode).toBe(202);
    expect(response.body).toBe('');
    await server.mailer.idle();
    expect(catcher.mails.length).toBe(before);
  });

  it('refuses a weak new password without using the link', async () => {
    const org = await createOrganisation(db());
    const person = await createPerson(db(), org.id, { locale: 'en' });
    await requestReset(person.email);
    const { token } = linkIn((await catcher.next()).text);
    const weak = await confirm(token, 'short');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields[0]).toMatchObject({ field: 'password', code: 'password_weak' });
    expect((await confirm(token, 'long enough now')).statusCode).toBe(204);
    expect((await login(person.email, 'long enough now')).statusCode).toBe(200);
  });

  it('sends one link per organisation an address belongs to, each for its own account', async () => {
    const first = await createOrganisation(db(), { name: 'First' });
    const second = await createOrganisation(db(), { name: 'Second' });
    await createPersonWithPassword(db(), first.id, { email: 'both@reset.test' });
    await createPersonWithPassword(db(), second.id, { email: 'both@reset.test' });
    await requestReset('both@reset.test');
    const mails = [await catcher.next(), await catcher.next()];
    const tokenFor = (name: string) =>
      linkIn(mails.find((mail) => mail.text.includes(name))!.text).token;
    expect((await confirm(tokenFor('Second'), 'second organisation pw')).statusCode).toBe(204);
    const signedIn = await login('both@reset.test', 'second organisation pw');
    expect(signedIn.json().person.organisation.id).toBe(second.id);
    // The first organisation's account keeps its password.
    const firstLogin = await login('both@reset.test', PASSWORD);
    expect(firstLogin.json().person.organisation.id).toBe(first.id);
  });

  it('refuses a made-up token', async () => {
    expect((await confirm('made-up', 'a long enough password')).statusCode).toBe(410);
  });
});
