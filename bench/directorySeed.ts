import { randomUUID } from 'node:crypto';
import type { Database } from '../src/db/client';
import type { DemoOrganisation } from '../src/domain/demo/generateDemoOrganisation';

/** Ids of what was written, so the searches can filter on real teams, sites and skills. */
export interface SeededOrganisation {
  organisationId: string;
  personIds: string[];
  teamIds: string[];
  siteIds: string[];
  skillIds: string[];
}

/**
 * Writes a generated organisation straight into the tables, one `insert … select from
 * unnest(…)` per table, so seeding costs seconds and the figures measure the search alone.
 * Lists inside a row (languages, synonyms, learning ways) travel as joined text because unnest
 * flattens arrays of arrays.
 */
export async function seedOrganisation(
  db: Database,
  demo: DemoOrganisation,
): Promise<SeededOrganisation> {
  const [org] = await db.query<{ id: string }>(
    `insert into organisations (name, is_demo) values ($1, true) returning id`,
    [demo.name],
  );
  const organisationId = org.id;
  const siteIds = demo.sites.map(() => randomUUID());
  const skillIds = demo.skills.map(() => randomUUID());
  const teamIds = demo.teams.map(() => randomUUID());
  const personIds = demo.people.map(() => randomUUID());

  await db.transaction(async (tx) => {
    await tx.query(
      `insert into sites (id, organisation_id, name, city, time_zone)
       select s.id, $1, s.name, s.city, s.time_zone
         from unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) as s (id, name, city, time_zone)`,
      [
        organisationId,
        siteIds,
        demo.sites.map((s) => s.name),
        demo.sites.map((s) => s.city),
        demo.sites.map((s) => s.timeZone),
      ],
    );
    await tx.query(
      `insert into skills (id, organisation_id, name, category, synonyms)
       select s.id, $1, s.name, s.category, string_to_array(s.synonyms, '|')
         from unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) as s (id, name, category, synonyms)`,
      [
        organisationId,
        skillIds,
        demo.skills.map((s) => s.name),
        demo.skills.map((s) => s.category),
        demo.skills.map((s) => s.synonyms.join('|')),
      ],
    );
    await tx.query(
      `insert into teams (id, organisation_id, name, department, parent_id)
       select t.id, $1, t.name, t.department, t.parent_id
         from unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[]) as t (id, name, department, parent_id)`,
      [
        organisationId,
        teamIds,
        demo.teams.map((t) => t.name),
        demo.teams.map((t) => t.department),
        demo.teams.map((t) => (t.parent === null ? null : teamIds[t.parent])),
      ],
    );
    const people = demo.people;
    await tx.query(
      `insert into people (id, organisation_id, email, name, role, job_title, team_id, manager_id,
                           site_id, start_date, seniority, languages, time_zone, locale)
       select p.id, $1, p.email, p.name, p.role, p.job_title, p.team_id, p.manager_id, p.site_id,
              p.start_date, p.seniority, string_to_array(p.languages, ','), p.time_zone, p.locale
         from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[],
                     $8::uuid[], $9::uuid[], $10::date[], $11::text[], $12::text[], $13::text[],
                     $14::text[])
              as p (id, email, name, role, job_title, team_id, manager_id, site_id, start_date,
                    seniority, languages, time_zone, locale)`,
      [
        organisationId,
        personIds,
        people.map((p) => p.email),
        people.map((p) => p.name),
        people.map((p) => p.role),
        people.map((p) => p.jobTitle),
        people.map((p) => teamIds[p.team]),
        people.map((p) => (p.manager === null ? null : personIds[p.manager])),
        people.map((p) => (p.site === null ? null : siteIds[p.site])),
        people.map((p) => p.startDate),
        people.map((p) => p.seniority),
        people.map((p) => p.languages.join(',')),
        people.map((p) => p.timeZone),
        people.map((p) => p.locale),
      ],
    );
    await tx.query(
      `update teams t set manager_id = m.manager_id
         from unnest($2::uuid[], $3::uuid[]) as m (team_id, manager_id)
        where t.organisation_id = $1 and t.id = m.team_id`,
      [organisationId, teamIds, demo.teams.map((t) => personIds[t.manager])],
    );

    const days = people.flatMap((p, i) =>
      p.workPattern.map((d) => ({ person: personIds[i], ...d })),
    );
    await tx.query(
      `insert into work_days (organisation_id, person_id, weekday, mode, site_id, start_minute,
                              end_minute)
       select $1, d.person_id, d.weekday, d.mode, d.site_id, d.start_minute, d.end_minute
         from unnest($2::uuid[], $3::smallint[], $4::text[], $5::uuid[], $6::smallint[],
                     $7::smallint[]) as d (person_id, weekday, mode, site_id, start_minute, end_minute)`,
      [
        organisationId,
        days.map((d) => d.person),
        days.map((d) => d.weekday),
        days.map((d) => d.mode),
        days.map((d) => (d.site === null ? null : siteIds[d.site])),
        days.map((d) => d.startMinute),
        days.map((d) => d.endMinute),
      ],
    );

    const skills = people.flatMap((p, i) => [
      ...p.profile.offered.map((s) => ({
        person: personIds[i],
        skill: s.skill,
        kind: 'offered',
        level: s.level,
        priority: null as number | null,
      })),
      ...p.profile.wanted.map((s) => ({
        person: personIds[i],
        skill: s.skill,
        kind: 'wanted',
        level: null as number | null,
        priority: s.priority,
      })),
    ]);
    await tx.query(
      `insert into person_skills (organisation_id, person_id, skill_id, kind, level, priority)
       select $1, s.person_id, s.skill_id, s.kind, s.level, s.priority
         from unnest($2::uuid[], $3::uuid[], $4::text[], $5::smallint[], $6::smallint[])
              as s (person_id, skill_id, kind, level, priority)
       on conflict do nothing`,
      [
        organisationId,
        skills.map((s) => s.person),
        skills.map((s) => skillIds[s.skill]),
        skills.map((s) => s.kind),
        skills.map((s) => s.level),
        skills.map((s) => s.priority),
      ],
    );
    await tx.query(
      `insert into learning_profiles (organisation_id, person_id, support_need, learning_ways)
       select $1, l.person_id, l.support_need, string_to_array(l.ways, ',')
         from unnest($2::uuid[], $3::smallint[], $4::text[]) as l (person_id, support_need, ways)`,
      [
        organisationId,
        personIds,
        people.map((p) => p.profile.supportNeed),
        people.map((p) => p.profile.learningWays.join(',')),
      ],
    );
  });
  await db.query('analyze');
  return { organisationId, personIds, teamIds, siteIds, skillIds };
}
