import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { sessionFor, type TestSession } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { createDemoOrganisation } from './createDemoOrganisation';

const NOW = new Date('2026-11-27T08:00:00Z');

describeEachDatabase('the demo check-in history', (db) => {
  let server: TestServer;
  let manager: TestSession;
  let employee: TestSession;
  let employeeId: string;

  beforeAll(async () => {
    server = await startTestServer(db());
    server.setNow(NOW);
    const demo = await createDemoOrganisation(db(), { people: 60, seed: 1, now: NOW });
    const as = async (id: string) =>
      sessionFor(db(), {
        id,
        organisation_id: demo.organisationId,
        email: '',
        name: '',
        role: 'employee',
      });
    manager = await as(demo.accounts.manager.id);
    employee = await as(demo.accounts.employee.id);
    employeeId = demo.accounts.employee.id;
  });

  it('gives the demo manager a living team view', async () => {
    const team = (
      await server.app.inject({ url: '/api/v1/team', headers: manager.headers })
    ).json();
    expect(team.members.length).toBeGreaterThan(1);
    expect(team.members.every((m: { lastHeldOn: string | null }) => m.lastHeldOn !== null)).toBe(
      true,
    );
    expect(team.members.every((m: { plannedCheckinId: string | null }) => m.plannedCheckinId)).toBe(
      true,
    );
    const sample = team.members.find((m: { person: { id: string } }) => m.person.id === employeeId);
    expect(sample.overdue).toBe(true);
    expect(team.members.some((m: { openActions: number }) => m.openActions > 0)).toBe(true);
    expect(team.members.some((m: { goalsAtRisk: number }) => m.goalsAtRisk > 0)).toBe(true);
    const states = new Set(team.signals.map((s: { status: string }) => s.status));
    expect(states.has('open')).toBe(true);
    expect(team.signals.length).toBeGreaterThan(0);
  });

  it('gives the sample employee months of past check-ins, with no private note in sight', async () => {
    const mine = (
      await server.app.inject({ url: '/api/v1/me/checkins', headers: employee.headers })
    ).json();
    expect(mine.past.length).toBeGreaterThanOrEqual(3);
    expect(mine.signals.length).toBe(1);
    const past = await server.app.inject({
      url: `/api/v1/checkins/${mine.past[0].id}`,
      headers: employee.headers,
    });
    expect(past.json().notes.every((n: { visibility: string }) => n.visibility === 'shared')).toBe(
      true,
    );
    const [{ count }] = await db().query<{ count: number }>(
      "select count(*)::int as count from checkin_notes where visibility = 'private'",
    );
    expect(count).toBeGreaterThan(0);
  });

  it('is the same history for the same seed', async () => {
    const again = await createDemoOrganisation(db(), {
      people: 60,
      seed: 1,
      now: NOW,
      name: 'Again',
    });
    const counts = await db().query<{ organisation_id: string; count: number }>(
      'select organisation_id, count(*)::int as count from checkins group by organisation_id',
    );
    const byOrg = new Map(counts.map((row) => [row.organisation_id, row.count]));
    expect(byOrg.get(again.organisationId)).toBe([...byOrg.values()][0]);
  });
});
