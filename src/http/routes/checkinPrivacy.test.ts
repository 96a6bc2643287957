import { beforeAll, describe, expect, it } from 'vitest';
import {
  allowSkipLevel,
  createReportingLine,
  type ReportingLine,
} from '../../../test/checkinFactories';
import { describeEachDatabase } from '../../../test/database';
import {
  createOrganisation,
  createPerson,
  sessionFor,
  type TestSession,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const PRIVATE = 'Private: worried about workload';
const SHARED = 'Shared: agreed to pair on the report';

/*
 * Who reads a manager's private note, through the real API: only its author. Not the employee,
 * not another manager, not the skip-level manager (even when skip-level reading is allowed), not
 * an admin, not anyone in another organisation — and not the new manager after a reassignment.
 */
describeEachDatabase('private check-in notes', (db) => {
  let server: TestServer;
  let line: ReportingLine;
  let checkinId: string;
  let outsider: TestSession;

  const read = (session: TestSession, url = `/api/v1/checkins/${checkinId}`) =>
    server.app.inject({ method: 'GET', url, headers: session.headers });

  beforeAll(async () => {
    server = await startTestServer(db());
    line = await createReportingLine(db());
    await allowSkipLevel(db(), line.organisationId);
    const other = await createOrganisation(db());
    outsider = await sessionFor(db(), await createPerson(db(), other.id, { role: 'admin' }));
    const planned = await server.app.inject({
      method: 'POST',
      url: `/api/v1/people/${line.employee.id}/checkins`,
      headers: line.sessions.manager.headers,
      payload: { scheduledOn: '2099-01-05' },
    });
    checkinId = planned.json().id;
    for (const [visibility, body] of [
      ['private', PRIVATE],
      ['shared', SHARED],
    ]) {
      const note = await server.app.inject({
        method: 'POST',
        url: `/api/v1/checkins/${checkinId}/notes`,
        headers: line.sessions.manager.headers,
        payload: { visibility, body },
      });
      expect(note.statusCode, note.body).toBe(201);
    }
  });

  const matrix: [string, () => TestSession, number, boolean][] = [
    ['the author (manager)', () => line.sessions.manager, 200, true],
    ['the employee', () => line.sessions.employee, 200, false],
    ['the skip-level manager', () => line.sessions.director, 200, false],
    ['another manager', () => line.sessions.otherManager, 404, false],
    ['an admin', () => line.sessions.admin, 404, false],
    ['an admin of another organisation', () => outsider, 404, false],
  ];

  describe.each(matrix)('%s', (_who, session, status, seesPrivate) => {
    it(`gets ${status}${status === 200 ? (seesPrivate ? ' with the private note' : ' without the private note') : ''}`, async () => {
      const response = await read(session());
      expect(response.statusCode).toBe(status);
      expect(response.body.includes(PRIVATE)).toBe(seesPrivate);
      if (status === 200) expect(response.body).toContain(SHARED);
    });

    it('never finds it in the other views either', async () => {
      for (const url of [
        '/api/v1/me/checkins',
        '/api/v1/team',
        `/api/v1/people/${line.employee.id}/timeline`,
        '/api/v1/checkin-stats',
      ]) {
        const response = await read(session(), url);
        if (!seesPrivate) expect(response.body, url).not.toContain(PRIVATE);
      }
    });
  });

  it('the employee cannot write a private note', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: `/api/v1/checkins/${checkinId}/notes`,
      headers: line.sessions.employee.headers,
      payload: { visibility: 'private', body: 'Mine' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('the skip-level manager cannot write at all', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: `/api/v1/checkins/${checkinId}/notes`,
      headers: line.sessions.director.headers,
      payload: { visibility: 'shared', body: 'From above' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('after a reassignment the new manager sees the shared past, never the private note; the author keeps it', async () => {
    const held = await server.app.inject({
      method: 'POST',
      url: `/api/v1/checkins/${checkinId}/hold`,
      headers: line.sessions.manager.headers,
    });
    expect(held.statusCode).toBe(200);
    await db().query('update people set manager_id = $2 where id = $1', [
      line.employee.id,
      line.otherManager.id,
    ]);
    const asNew = await read(line.sessions.otherManager);
    expect(asNew.statusCode).toBe(200);
    expect(asNew.body).toContain(SHARED);
    expect(asNew.body).not.toContain(PRIVATE);
    expect(asNew.json().asManager).toBe(true);
    const asAuthor = await read(line.sessions.manager);
    expect(asAuthor.statusCode).toBe(200);
    expect(asAuthor.body).toContain(PRIVATE);
    expect(asAuthor.json().canEdit).toBe(false);
    // the planned next check-in is with the new manager now
    const mine = (await read(line.sessions.employee, '/api/v1/me/checkins')).json();
    expect(mine.next.manager.id).toBe(line.otherManager.id);
    const next = await read(line.sessions.manager, `/api/v1/checkins/${mine.next.id}`);
    expect(next.statusCode).toBe(404);
    const byNew = await read(line.sessions.otherManager, `/api/v1/checkins/${mine.next.id}`);
    expect(byNew.json()).toMatchObject({ canEdit: true, asManager: true });
  });
});
