import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createDemoOrganisation } from './createDemoOrganisation';

describeEachDatabase('demo programmes', (db) => {
  it('runs one programme of each kind with a published, explained, partly accepted round', async () => {
    const demo = await createDemoOrganisation(db(), {
      people: 300,
      seed: 3,
      now: new Date('2026-11-26T10:00:00Z'),
    });
    const rows = await db().query<{
      kind: string;
      status: string;
      rounds: number;
      matches: number;
      explained: number;
      accepted: number;
      active: number;
    }>(
      `select p.kind, p.status,
              (select count(*) from rounds r where r.programme_id = p.id and r.status = 'published')::int as rounds,
              (select count(*) from matches m where m.programme_id = p.id)::int as matches,
              (select count(*) from matches m where m.programme_id = p.id
                 and jsonb_array_length(m.reasons) > 0)::int as explained,
              (select count(*) from match_members mm join matches m on m.id = mm.match_id
                where m.programme_id = p.id and mm.response = 'accepted')::int as accepted,
              (select count(*) from matches m where m.programme_id = p.id and m.status = 'active')::int as active
         from programmes p where p.organisation_id = $1 order by p.kind`,
      [demo.organisationId],
    );
    expect(rows.map((r) => r.kind)).toEqual([
      'buddy',
      'coffee',
      'mentoring',
      'onboarding',
      'reverse_mentoring',
    ]);
    for (const row of rows) {
      expect(row, row.kind).toMatchObject({ status: 'active', rounds: 1 });
      expect(row.matches, row.kind).toBeGreaterThan(0);
      expect(row.explained, row.kind).toBe(row.matches);
      expect(row.accepted, row.kind).toBeGreaterThan(0);
      expect(row.active, row.kind).toBeLessThan(row.matches);
    }
    // Directed programmes say who mentors and who is the newcomer.
    const roles = await db().query<{ kind: string; roles: string[] }>(
      `select p.kind, array_agg(distinct mm.role order by mm.role) as roles
         from programmes p join matches m on m.programme_id = p.id
         join match_members mm on mm.match_id = m.id
        where p.organisation_id = $1 group by p.kind order by p.kind`,
      [demo.organisationId],
    );
    expect(Object.fromEntries(roles.map((r) => [r.kind, r.roles]))).toEqual({
      buddy: ['participant'],
      coffee: ['participant'],
      mentoring: ['mentee', 'mentor'],
      onboarding: ['godparent', 'newcomer'],
      reverse_mentoring: ['mentee', 'mentor'],
    });
    const [mine] = await db().query<{ count: number }>(
      `select count(*)::int as count from match_members where person_id = $1`,
      [demo.accounts.employee.id],
    );
    expect(mine.count).toBeGreaterThan(0);
  });
});
