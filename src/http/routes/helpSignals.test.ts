import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBuddyPair,
  createReportingLine,
  type ReportingLine,
} from '../../../test/checkinFactories';
import { describeEachDatabase } from '../../../test/database';
import {
  addPersonSkill,
  createPerson,
  createSkill,
  type TestSession,
} from '../../../test/factories';
import { type MailCatcher, startMailCatcher } from '../../../test/mailCatcher';
import { startTestServer, type TestServer } from '../../../test/server';

describeEachDatabase('raise a hand', (db) => {
  let server: TestServer;
  let catcher: MailCatcher;
  let line: ReportingLine;
  let skill: { id: string; name: string };
  let signalId: string;

  const call = (
    session: TestSession,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
  ) => server.app.inject({ method, url, headers: session.headers, payload });

  beforeAll(async () => {
    catcher = await startMailCatcher();
    server = await startTestServer(db(), catcher.env);
    line = await createReportingLine(db());
    await db().query("update people set locale = 'nl' where id = $1", [line.manager.id]);
    skill = await createSkill(db(), line.organisationId, { name: 'Power BI' });
    const expert = await createPerson(db(), line.organisationId, { name: 'Xena Expert' });
    await addPersonSkill(db(), expert, skill, { offered: 5 });
    const buddy = await createPerson(db(), line.organisationId, { name: 'Bo Buddy' });
    await createBuddyPair(db(), line.organisationId, line.employee, buddy);
  });

  afterAll(async () => {
    await server.app.close();
    await catcher.close();
  });

  it('notifies the manager in the app and by mail in their language', async () => {
    const raised = await call(line.sessions.employee, 'POST', '/api/v1/me/help-signals', {
      body: 'I need help with my first Power BI report',
      skillId: skill.id,
      urgency: 'high',
    });
    expect(raised.statusCode, raised.body).toBe(201);
    signalId = raised.json().id;
    expect(raised.json()).toMatchObject({
      status: 'open',
      urgency: 'high',
      skill: { name: 'Power BI' },
    });

    const mail = await catcher.next();
    expect(mail.to).toBe(line.manager.email);
    expect(mail.language).toBe('nl');
    expect(mail.subject).toBe('Eli Employee stak een hand op in Samen');
    expect(mail.text).toContain('I need help with my first Power BI report');
    expect(mail.text).toContain('Het is dringend.');
    expect(mail.text).toContain(`/signals/${signalId}`);

    const bell = (await call(line.sessions.manager, 'GET', '/api/v1/me/notifications')).json();
    expect(bell.unread).toBe(1);
    expect(bell.items[0]).toMatchObject({
      kind: 'help_signal_raised_urgent',
      params: { name: 'Eli Employee' },
      link: `/signals/${signalId}`,
      read: false,
    });
  });

  it('shows in the team view and suggests the buddy and colleagues who offer the skill', async () => {
    const team = (await call(line.sessions.manager, 'GET', '/api/v1/team')).json();
    expect(team.signals.map((s: { id: string }) => s.id)).toEqual([signalId]);
    const eli = team.members.find(
      (m: { person: { id: string } }) => m.person.id === line.employee.id,
    );
    expect(eli.openSignals).toBe(1);
    expect(eli.pairings).toEqual([
      { kind: 'buddy', partner: expect.objectContaining({ name: 'Bo Buddy' }) },
    ]);

    const detail = (
      await call(line.sessions.manager, 'GET', `/api/v1/help-signals/${signalId}`)
    ).json();
    expect(detail.canRespond).toBe(true);
    expect(detail.suggestions).toEqual({
      buddies: [{ kind: 'buddy', partner: expect.objectContaining({ name: 'Bo Buddy' }) }],
      colleagues: [expect.objectContaining({ name: 'Xena Expert', level: 5 })],
    });
  });

  it('the manager responds; the employee sees the state and is notified', async () => {
    const other = await call(
      line.sessions.otherManager,
      'PATCH',
      `/api/v1/help-signals/${signalId}`,
      {
        status: 'resolved',
      },
    );
    expect(other.statusCode).toBe(404);
    const byEmployee = await call(
      line.sessions.employee,
      'PATCH',
      `/api/v1/help-signals/${signalId}`,
      {
        status: 'resolved',
      },
    );
    expect(byEmployee.statusCode).toBe(403);
    const acknowledged = await call(
      line.sessions.manager,
      'PATCH',
      `/api/v1/help-signals/${signalId}`,
      {
        status: 'acknowledged',
        response: 'Xena can show you on Thursday',
      },
    );
    expect(acknowledged.statusCode).toBe(200);
    const mine = (await call(line.sessions.employee, 'GET', '/api/v1/me/checkins')).json();
    expect(mine.signals[0]).toMatchObject({
      status: 'acknowledged',
      response: 'Xena can show you on Thursday',
      respondedBy: { id: line.manager.id },
    });
    const bell = (await call(line.sessions.employee, 'GET', '/api/v1/me/notifications')).json();
    expect(bell.items[0].kind).toBe('help_signal_acknowledged');
  });

  it('refuses an empty request and an unknown skill with field errors', async () => {
    const empty = await call(line.sessions.employee, 'POST', '/api/v1/me/help-signals', {
      body: '   ',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].field).toBe('body');
    const unknown = await call(line.sessions.employee, 'POST', '/api/v1/me/help-signals', {
      body: 'Help',
      skillId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0]).toMatchObject({ field: 'skillId', code: 'not_found' });
  });

  describe('notifications', () => {
    it('marks one read, then all; another person cannot mark mine', async () => {
      const bell = (await call(line.sessions.manager, 'GET', '/api/v1/me/notifications')).json();
      const id = bell.items[0].id;
      const notMine = await call(
        line.sessions.employee,
        'POST',
        `/api/v1/me/notifications/${id}/read`,
      );
      expect(notMine.statusCode).toBe(404);
      const read = await call(line.sessions.manager, 'POST', `/api/v1/me/notifications/${id}/read`);
      expect(read.json().unread).toBe(0);
      expect(read.json().items[0].read).toBe(true);
      await call(line.sessions.employee, 'POST', '/api/v1/me/help-signals', { body: 'Once more' });
      expect(
        (await call(line.sessions.manager, 'GET', '/api/v1/me/notifications')).json().unread,
      ).toBe(1);
      const all = await call(line.sessions.manager, 'POST', '/api/v1/me/notifications/read-all');
      expect(all.json().unread).toBe(0);
    });
  });
});
