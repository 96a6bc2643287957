import type { FitWorld, IsoWeekday, MatchPerson } from '../../domain/matching/fit';
import type { Sql } from '../client';

const SENIORITY_RANK: Record<string, number> = { junior: 1, medior: 2, senior: 3, lead: 4 };

export interface FitData {
  people: MatchPerson[];
  world: Omit<FitWorld, 'now' | 'history'>;
}

/** The people data the matching engine scores, read for a handful of people at a time. */
export class MatchFitDataRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async load(personIds: readonly string[]): Promise<FitData> {
    const org = this.organisationId;
    const ids = [...personIds];
    const people = await this.sql.query<{
      id: string;
      name: string;
      team_id: string | null;
      manager_id: string | null;
      time_zone: string;
      languages: string[];
      seniority: string | null;
      start_date: string | null;
      support_need: number | null;
    }>(
      `select p.id, p.name, p.team_id, p.manager_id, p.time_zone, p.languages, p.seniority,
              p.start_date, lp.support_need
         from people p
         left join learning_profiles lp on lp.organisation_id = p.organisation_id and lp.person_id = p.id
        where p.organisation_id = $1 and p.id = any($2::uuid[]) order by p.id`,
      [org, ids],
    );
    const days = await this.sql.query<{
      person_id: string;
      weekday: IsoWeekday;
      mode: 'office' | 'home' | 'off';
      site_id: string | null;
      start_minute: number;
      end_minute: number;
    }>(
      `select w.person_id, w.weekday, w.mode, coalesce(w.site_id, p.site_id) as site_id,
              w.start_minute, w.end_minute
         from work_days w join people p on p.organisation_id = w.organisation_id and p.id = w.person_id
        where w.organisation_id = $1 and w.person_id = any($2::uuid[]) order by w.weekday`,
      [org, ids],
    );
    const skills = await this.sql.query<{
      person_id: string;
      skill_id: string;
      kind: 'offered' | 'wanted';
      level: number | null;
      priority: number | null;
    }>(
      `select person_id, skill_id, kind, level, priority from person_skills
        where organisation_id = $1 and person_id = any($2::uuid[]) order by skill_id`,
      [org, ids],
    );
    const blocks = await this.sql.query<{ person_id: string; blocked_id: string }>(
      `select person_id, blocked_id from pairing_blocks
        where organisation_id = $1 and person_id = any($2::uuid[])`,
      [org, ids],
    );
    const teams = await this.sql.query<{ id: string; parent_id: string | null }>(
      'select id, parent_id from teams where organisation_id = $1',
      [org],
    );
    const managers = await this.sql.query<{ id: string; manager_id: string | null }>(
      'select id, manager_id from people where organisation_id = $1',
      [org],
    );
    const sites = await this.sql.query<{ id: string; name: string }>(
      'select id, name from sites where organisation_id = $1',
      [org],
    );
    const skillNames = await this.sql.query<{ id: string; name: string }>(
      'select id, name from skills where organisation_id = $1 and id = any($2::uuid[])',
      [org, [...new Set(skills.map((skill) => skill.skill_id))]],
    );
    return {
      people: people.map((row) => ({
        id: row.id,
        name: row.name,
        // Without a team a person is in a team of their own, not in one with everyone team-less.
        teamId: row.team_id ?? `no-team:${row.id}`,
        managerId: row.manager_id,
        timeZone: row.time_zone,
        workPattern: days
          .filter((day) => day.person_id === row.id)
          .map((day) => ({
            weekday: day.weekday,
            mode: day.mode,
            siteId: day.mode === 'office' ? day.site_id : null,
            startMinute: day.start_minute,
            endMinute: day.end_minute,
          })),
        languages: row.languages,
        skillsOffered: skills
          .filter((skill) => skill.person_id === row.id && skill.kind === 'offered')
          .map((skill) => ({ skillId: skill.skill_id, level: skill.level ?? 1 })),
        skillsWanted: skills
          .filter((skill) => skill.person_id === row.id && skill.kind === 'wanted')
          .map((skill) => ({ skillId: skill.skill_id, priority: skill.priority ?? 1 })),
        seniority: row.seniority ? (SENIORITY_RANK[row.seniority] ?? null) : null,
        startDate: row.start_date,
        supportNeed: row.support_need ?? 3,
        doNotPairWith: blocks
          .filter((block) => block.person_id === row.id)
          .map((block) => block.blocked_id),
        consent: true,
      })),
      world: {
        siteNames: Object.fromEntries(sites.map((site) => [site.id, site.name])),
        skillNames: Object.fromEntries(skillNames.map((skill) => [skill.id, skill.name])),
        teamParents: Object.fromEntries(teams.map((team) => [team.id, team.parent_id])),
        managers: Object.fromEntries(managers.map((person) => [person.id, person.manager_id])),
      },
    };
  }
}
