import { verify } from '@node-rs/argon2';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createDemoOrganisation, DEMO_PASSWORD } from './createDemoOrganisation';

describeEachDatabase('createDemoOrganisation', (db) => {
  it('writes a whole demo organisation whose sample accounts can sign in', async () => {
    const demo = await createDemoOrganisation(db(), { people: 300, seed: 5, name: 'Scheldt NV' });
    const [organisation] = await db().query<{ name: string; is_demo: boolean }>(
      'select name, is_demo from organisations where id = $1',
      [demo.organisationId],
    );
    expect(organisation).toEqual({ name: 'Scheldt NV', is_demo: true });

    const [counts] = await db().query<Record<string, number>>(
      `select (select count(*) from people where organisation_id = $1) as people,
              (select count(*) from work_days where organisation_id = $1) as work_days,
              (select count(*) from learning_profiles where organisation_id = $1) as profiles,
              (select count(*) from skills where organisation_id = $1) as skills,
              (select count(*) from sites where organisation_id = $1) as sites,
              (select count(*) from person_skills where organisation_id = $1) as person_skills,
              (select count(*) from learning_goals where organisation_id = $1) as goals,
              (select count(*) from people where organisation_id = $1 and role = 'admin') as admins,
              (select count(*) from people where organisation_id = $1 and password_hash is not null) as passwords`,
      [demo.organisationId],
    );
    expect(counts).toMatchObject({
      people: 300,
      work_days: 1500,
      profiles: 300,
      skills: 61,
      sites: 5,
      admins: 1,
      passwords: 3,
    });
    expect(counts.person_skills).toBeGreaterThan(1200);
    expect(counts.goals).toBeGreaterThan(150);

    const accounts = await db().query<{
      id: string;
      email: string;
      role: string;
      manager_id: string | null;
      password_hash: string;
    }>('select id, email, role, manager_id, password_hash from people where id = any($1::uuid[])', [
      Object.values(demo.accounts).map((a) => a.id),
    ]);
    const byId = new Map(accounts.map((a) => [a.id, a]));
    expect(byId.get(demo.accounts.employee.id)).toMatchObject({
      role: 'employee',
      email: demo.accounts.employee.email,
      manager_id: demo.accounts.manager.id,
    });
    expect(byId.get(demo.accounts.manager.id)?.role).toBe('manager');
    expect(byId.get(demo.accounts.admin.id)?.role).toBe('admin');
    expect(demo.password).toBe(DEMO_PASSWORD);
    for (const account of accounts) {
      expect(account.password_hash).toMatch(/^\$argon2id\$/);
      expect(await verify(account.password_hash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it('records its three sample accounts as the ones visitors sign in as', async () => {
    const demo = await createDemoOrganisation(db(), { people: 40, seed: 9, name: 'Leie BV' });
    const recorded = await db().query<{ role: string; person_id: string }>(
      'select role, person_id from demo_accounts where organisation_id = $1 order by role',
      [demo.organisationId],
    );
    expect(recorded).toEqual([
      { role: 'admin', person_id: demo.accounts.admin.id },
      { role: 'employee', person_id: demo.accounts.employee.id },
      { role: 'manager', person_id: demo.accounts.manager.id },
    ]);
  });

  it('starts with meetings: the sample employee’s weekly buddy talk, the manager’s coming check-ins', async () => {
    const now = new Date('2026-11-27T10:00:00Z');
    const demo = await createDemoOrganisation(db(), { people: 200, seed: 4, now });
    const meetingsOf = (personId: string) =>
      db().query<{ kind: string; status: string; rrule: string | null; mails: number }>(
        `select m.kind, m.status, m.rrule,
                (select count(*)::int from mail_outbox o where o.organisation_id = m.organisation_id) as mails
           from meetings m join meeting_attendees a on a.meeting_id = m.id
          where a.person_id = $1 order by m.kind, m.rrule`,
        [personId],
      );
    const employee = await meetingsOf(demo.accounts.employee.id);
    expect(employee).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'pairing',
          status: 'scheduled',
          rrule: expect.stringMatching(/^FREQ=WEEKLY;INTERVAL=1/),
        }),
      ]),
    );
    const [buddy] = await db().query<{ status: string; meeting_id: string | null }>(
      `select m.status, m.meeting_id from matches m
         join programmes p on p.id = m.programme_id and p.kind = 'buddy'
         join match_members mm on mm.match_id = m.id and mm.person_id = $1`,
      [demo.accounts.employee.id],
    );
    expect(buddy.status).toBe('active');
    expect(buddy.meeting_id).not.toBeNull();
    const manager = await meetingsOf(demo.accounts.manager.id);
    expect(manager.filter((m) => m.kind === 'checkin').length).toBeGreaterThan(0);
    // Demo mail never leaves, and none is written for these meetings.
    expect(employee.every((m) => m.mails === 0)).toBe(true);
  });

  it('stores teams of 4 to 12 whose managers manage them', async () => {
    const demo = await createDemoOrganisation(db(), { people: 200, seed: 9 });
    const teams = await db().query<{ size: number; manager_in_team: boolean; reports_ok: boolean }>(
      `select (select count(*) from people p where p.team_id = t.id) as size,
              exists (select 1 from people m where m.id = t.manager_id and m.team_id = t.id
                        and m.role = 'manager') as manager_in_team,
              not exists (select 1 from people p where p.team_id = t.id and p.id <> t.manager_id
                            and p.manager_id is distinct from t.manager_id) as reports_ok
         from teams t where t.organisation_id = $1`,
      [demo.organisationId],
    );
    expect(teams.length).toBeGreaterThan(15);
    for (const team of teams) {
      expect(team.size).toBeGreaterThanOrEqual(4);
      expect(team.size).toBeLessThanOrEqual(12);
      expect(team.manager_in_team).toBe(true);
      expect(team.reports_ok).toBe(true);
    }
  });

  it('gives each demo its own e-mail domain, so sign-in never finds two people', async () => {
    const first = await createDemoOrganisation(db(), { people: 20, seed: 1, name: 'Twin' });
    const second = await createDemoOrganisation(db(), { people: 20, seed: 1, name: 'Twin' });
    const domain = (email: string) => email.split('@')[1];
    expect(domain(first.accounts.admin.email)).toBe('twin.example');
    expect(domain(second.accounts.admin.email)).toBe('twin-2.example');
    expect(second.accounts.admin.email.split('@')[0]).toBe(
      first.accounts.admin.email.split('@')[0],
    );
  });

  it('refuses a size it cannot build, and writes nothing', async () => {
    const before = await db().query<{ n: number }>('select count(*) as n from organisations');
    await expect(createDemoOrganisation(db(), { people: 3, seed: 1 })).rejects.toThrow(RangeError);
    const after = await db().query<{ n: number }>('select count(*) as n from organisations');
    expect(after[0].n).toBe(before[0].n);
  });
});
