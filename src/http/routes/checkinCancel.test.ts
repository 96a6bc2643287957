import { beforeAll, expect, it } from 'vitest';
import { createReportingLine, type ReportingLine } from '../../../test/checkinFactories';
import { describeEachDatabase } from '../../../test/database';
import type { TestSession } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const NOW = new Date('2026-11-27T10:00:00Z');

describeEachDatabase('calling off a check-in', (db) => {
  let server: TestServer;
  let line: ReportingLine;

  const call = (
    session: TestSession,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
  ) => server.app.inject({ method, url, headers: session.headers, payload });

  const plan = async (scheduledOn: string) => {
    const planned = await call(
      line.sessions.manager,
      'POST',
      `/api/v1/people/${line.employee.id}/checkins`,
      { scheduledOn },
    );
    expect(planned.statusCode, planned.body).toBe(201);
    return planned.json();
  };

  const meetingStatus = async (id: string) =>
    (await db().query<{ status: string }>('select status from meetings where id = $1', [id]))[0]
      .status;

  beforeAll(async () => {
    server = await startTestServer(db());
    server.setNow(NOW);
    line = await createReportingLine(db());
  });

  it('only the manager calls off a planned check-in; its meeting is cancelled and the person told', async () => {
    const planned = await plan('2026-12-01');
    expect(planned.meetingId).not.toBeNull();
    for (const body of ['Project handover', 'Holiday plans']) {
      const added = await call(
        line.sessions.employee,
        'POST',
        `/api/v1/checkins/${planned.id}/agenda`,
        {
          body,
        },
      );
      expect(added.statusCode, added.body).toBe(201);
    }
    const withAgenda = (
      await call(line.sessions.manager, 'GET', `/api/v1/checkins/${planned.id}`)
    ).json();
    const holiday = withAgenda.agenda.find(
      (item: { body: string }) => item.body === 'Holiday plans',
    );
    await call(
      line.sessions.manager,
      'PATCH',
      `/api/v1/checkins/${planned.id}/agenda/${holiday.id}`,
      {
        discussed: true,
      },
    );
    const action = await call(
      line.sessions.manager,
      'POST',
      `/api/v1/checkins/${planned.id}/actions`,
      {
        title: 'Read the handbook',
        ownerId: line.employee.id,
      },
    );
    expect(action.statusCode, action.body).toBe(201);

    const byEmployee = await call(
      line.sessions.employee,
      'POST',
      `/api/v1/checkins/${planned.id}/cancel`,
    );
    expect(byEmployee.statusCode).toBe(403);
    const byOther = await call(
      line.sessions.otherManager,
      'POST',
      `/api/v1/checkins/${planned.id}/cancel`,
    );
    expect(byOther.statusCode).toBe(404);

    const cancelled = await call(
      line.sessions.manager,
      'POST',
      `/api/v1/checkins/${planned.id}/cancel`,
    );
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      meetingId: null,
      canEdit: false,
    });
    expect(await meetingStatus(planned.meetingId)).toBe('cancelled');

    const notifications = (
      await call(line.sessions.employee, 'GET', '/api/v1/me/notifications')
    ).json();
    expect(notifications.items).toContainEqual(
      expect.objectContaining({
        kind: 'checkin_cancelled',
        params: { name: 'Mia Manager', date: '2026-12-01' },
        link: '/checkins',
      }),
    );

    const again = await call(
      line.sessions.manager,
      'POST',
      `/api/v1/checkins/${planned.id}/cancel`,
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('checkin_closed');
    const late = await call(
      line.sessions.employee,
      'POST',
      `/api/v1/checkins/${planned.id}/agenda`,
      {
        body: 'Too late',
      },
    );
    expect(late.json().error.code).toBe('checkin_closed');

    const mine = (await call(line.sessions.employee, 'GET', '/api/v1/me/checkins')).json();
    expect(mine.next).toBeNull();
    expect(mine.past).toEqual([expect.objectContaining({ id: planned.id, status: 'cancelled' })]);
    expect(mine.actions.map((a: { title: string }) => a.title)).toEqual(['Read the handbook']);
  });

  it('the next planned check-in takes over the points not discussed and the open actions', async () => {
    const next = await plan('2026-12-08');
    expect(next.agenda).toEqual([
      expect.objectContaining({ body: 'Project handover', carriedOver: true, discussed: false }),
    ]);
    expect(next.actions.map((a: { title: string }) => a.title)).toEqual(['Read the handbook']);
  });

  it('a held check-in cannot be called off, and a point is never carried twice', async () => {
    const [planned] = await db().query<{ id: string }>(
      `select id from checkins where person_id = $1 and status = 'planned'`,
      [line.employee.id],
    );
    const held = await call(line.sessions.manager, 'POST', `/api/v1/checkins/${planned.id}/hold`);
    expect(held.statusCode, held.body).toBe(200);
    const refused = await call(
      line.sessions.manager,
      'POST',
      `/api/v1/checkins/${planned.id}/cancel`,
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('checkin_closed');

    // holding planned the next one with the open point; calling that off and planning again
    // brings the point along once
    const mine = (await call(line.sessions.employee, 'GET', '/api/v1/me/checkins')).json();
    expect(mine.next.agenda.map((item: { body: string }) => item.body)).toEqual([
      'Project handover',
    ]);
    const off = await call(
      line.sessions.manager,
      'POST',
      `/api/v1/checkins/${mine.next.id}/cancel`,
    );
    expect(off.statusCode, off.body).toBe(200);
    const after = await plan('2026-12-10');
    expect(after.agenda.map((item: { body: string }) => item.body)).toEqual(['Project handover']);
  });
});
