import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, createPerson, sessionFor } from '../../../test/factories';
import { type MailCatcher, startMailCatcher } from '../../../test/mailCatcher';
import { startTestServer, type TestServer } from '../../../test/server';
import { linkIn, sessionHeaders } from '../../../test/signIn';

describeEachDatabase('invitation API', (db) => {
  let catcher: MailCatcher;
  let server: TestServer;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    server = await startTestServer(db(), catcher.env);
  });
  afterAll(async () => {
    await server.app.close();
    await catcher.close();
  });

  const invite = (personId: string, headers: Record<string, string>) =>
    server.app.inject({ method: 'POST', url: `/api/v1/people/${personId}/invitation`, headers });
  const accept = (token: string, password: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitation/accept',
      payload: { token, password },
    });

  async function organisation() {
    const org = await createOrganisation(db(), { name: 'Kroon' });
    const admin = await createPerson(db(), org.id, { role: 'admin', name: 'Els Admin' });
    const newcomer = await createPerson(db(), org.id, { name: 'Tom Newcomer', locale: 'en' });
    return { org, admin, newcomer, adminSession: await sessionFor(db(), admin) };
  }

  it('mails an invitation an invitee accepts by choosing a password, and signs them in', async () => {
    const { org, newcomer, adminSession } = await organisation();
    const sent = await invite(newcomer.id, adminSession.headers);
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toEqual({ sentTo: newcomer.email, expiresAt: expect.any(String) });
    const days = (Date.parse(sent.json().expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeCloseTo(7, 1);

    const mail = await catcher.next();
    expect(mail).toMatchObject({
      to: newcomer.email,
      subject: 'Els Admin invites you to Samen at Kroon',
      language: 'en',
    });
    expect(mail.text).toContain('Hello Tom Newcomer,');
    const { url, token } = linkIn(mail.text);
    expect(url.pathname).toBe('/invitation');

    const accepted = await accept(token, 'my very own password');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().person).toMatchObject({ id: newcomer.id, organisation: { id: org.id } });
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: sessionHeaders(accepted),
    });
    expect(me.json().id).toBe(newcomer.id);
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: newcomer.email, password: 'my very own password' },
    });
    expect(login.statusCode).toBe(200);
    expect((await accept(token, 'another password here')).statusCode).toBe(410);
  });

  it('lets an invitation expire after seven days', async () => {
    const { newcomer, adminSession } = await organisation();
    const start = new Date();
    server.setNow(start);
    await invite(newcomer.id, adminSession.headers);
    const { token } = linkIn((await catcher.next()).text);
    server.setNow(new Date(start.getTime() + 7 * 86_400_000 + 60_000));
    expect((await accept(token, 'a long enough password')).statusCode).toBe(410);
    server.setNow(new Date());
  });

  it('is for admins only', async () => {
    const { org, newcomer } = await organisation();
    for (const role of ['employee', 'manager'] as const) {
      const actor = await createPerson(db(), org.id, { role });
      const response = await invite(newcomer.id, (await sessionFor(db(), actor)).headers);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
    }
    const signedOut = await invite(newcomer.id, {});
    expect(signedOut.statusCode).toBe(401);
  });

  it('never reaches a person of another organisation', async () => {
    const { adminSession } = await organisation();
    const other = await organisation();
    const before = catcher.mails.length;
    const response = await invite(other.newcomer.id, adminSession.headers);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
    await server.mailer.idle();
    expect(catcher.mails.length).toBe(before);
    const [count] = await db().query<{ n: number }>(
      'select count(*) as n from auth_tokens where person_id = $1',
      [other.newcomer.id],
    );
    expect(count.n).toBe(0);
  });

  it('answers a malformed person id with a field error', async () => {
    const { adminSession } = await organisation();
    const response = await invite('not-a-uuid', adminSession.headers);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0]).toMatchObject({ field: 'params.id' });
  });
});
