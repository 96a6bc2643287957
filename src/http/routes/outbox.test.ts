import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, createPerson, sessionFor } from '../../../test/factories';
import { type MailCatcher, startMailCatcher } from '../../../test/mailCatcher';
import { startTestServer, type TestServer } from '../../../test/server';

describeEachDatabase('outbox API', (db) => {
  let server: TestServer;
  beforeAll(async () => {
    // No SMTP server configured: mail is kept for the admin to read.
    server = await startTestServer(db());
  });
  afterAll(async () => {
    await server.app.close();
  });

  async function organisationWithMail(mails: number) {
    const org = await createOrganisation(db());
    const admin = await createPerson(db(), org.id, { role: 'admin' });
    const headers = (await sessionFor(db(), admin)).headers;
    const people = [];
    const start = Date.now() - 60 * 60_000;
    for (let i = 0; i < mails; i++) {
      const person = await createPerson(db(), org.id, { name: `Invitee ${i}` });
      server.setNow(new Date(start + i * 60_000));
      const sent = await server.app.inject({
        method: 'POST',
        url: `/api/v1/people/${person.id}/invitation`,
        headers,
      });
      expect(sent.statusCode).toBe(202);
      people.push(person);
    }
    server.setNow(new Date());
    return { org, admin, headers, people };
  }

  const get = (url: string, headers: Record<string, string>) =>
    server.app.inject({ method: 'GET', url, headers });

  it('lists the organisation’s kept mails newest first, in pages', async () => {
    const { headers, people } = await organisationWithMail(3);
    const first = await get('/api/v1/admin/outbox?pageSize=2', headers);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.json().items.map((m: { to: string }) => m.to)).toEqual([
      people[2].email,
      people[1].email,
    ]);
    expect(first.json().items[0]).toEqual({
      id: expect.any(String),
      to: people[2].email,
      subject: expect.stringContaining('invites you to Samen'),
      status: 'kept',
      createdAt: expect.any(String),
      sentAt: null,
    });
    const second = await get('/api/v1/admin/outbox?page=2&pageSize=2', headers);
    expect(second.json().items.map((m: { to: string }) => m.to)).toEqual([people[0].email]);
    const beyond = await get('/api/v1/admin/outbox?page=9', headers);
    expect(beyond.json()).toMatchObject({ items: [], total: 3 });
  });

  it('shows a kept mail with its text and HTML, link included', async () => {
    const { headers } = await organisationWithMail(1);
    const [summary] = (await get('/api/v1/admin/outbox', headers)).json().items;
    const mail = await get(`/api/v1/admin/outbox/${summary.id}`, headers);
    expect(mail.statusCode).toBe(200);
    expect(mail.json()).toMatchObject({ ...summary, error: null });
    expect(mail.json().text).toMatch(/\/invitation\?token=/);
    expect(mail.json().html).toMatch(/<html lang="en">/);
  });

  it('is for admins only', async () => {
    const { org, headers } = await organisationWithMail(1);
    const [summary] = (await get('/api/v1/admin/outbox', headers)).json().items;
    for (const role of ['employee', 'manager'] as const) {
      const person = await createPerson(db(), org.id, { role });
      const session = (await sessionFor(db(), person)).headers;
      expect((await get('/api/v1/admin/outbox', session)).statusCode).toBe(403);
      expect((await get(`/api/v1/admin/outbox/${summary.id}`, session)).statusCode).toBe(403);
    }
    expect((await get('/api/v1/admin/outbox', {})).statusCode).toBe(401);
    expect((await get(`/api/v1/admin/outbox/${summary.id}`, {})).statusCode).toBe(401);
  });

  it('never shows another organisation’s mail', async () => {
    const mine = await organisationWithMail(1);
    const theirs = await organisationWithMail(2);
    const list = (await get('/api/v1/admin/outbox', mine.headers)).json();
    expect(list.total).toBe(1);
    expect(list.items[0].to).toBe(mine.people[0].email);
    const [their] = (await get('/api/v1/admin/outbox', theirs.headers)).json().items;
    const response = await get(`/api/v1/admin/outbox/${their.id}`, mine.headers);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('answers bad paging and a malformed id with field errors', async () => {
    const { headers } = await organisationWithMail(0);
    const bad = await get('/api/v1/admin/outbox?pageSize=500&page=0', headers);
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['querystring.page', 'querystring.pageSize']);
    expect((await get('/api/v1/admin/outbox/12', headers)).statusCode).toBe(400);
  });
});

describeEachDatabase('outbox API with SMTP', (db) => {
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

  it('withholds the body of a mail that left through SMTP', async () => {
    const org = await createOrganisation(db());
    const admin = await createPerson(db(), org.id, { role: 'admin' });
    const person = await createPerson(db(), org.id);
    const { headers } = await sessionFor(db(), admin);
    await server.app.inject({
      method: 'POST',
      url: `/api/v1/people/${person.id}/invitation`,
      headers,
    });
    await catcher.next();
    await server.mailer.idle();
    const [summary] = (
      await server.app.inject({ method: 'GET', url: '/api/v1/admin/outbox', headers })
    ).json().items;
    expect(summary).toMatchObject({ status: 'sent', sentAt: expect.any(String) });
    const mail = await server.app.inject({
      method: 'GET',
      url: `/api/v1/admin/outbox/${summary.id}`,
      headers,
    });
    expect(mail.json()).toMatchObject({ status: 'sent', text: null, html: null });
  });
});
