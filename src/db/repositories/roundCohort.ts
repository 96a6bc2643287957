import type { IsoWeekday, MatchPerson, WorkDay } from '../../domain/matching/programmes';
import type { AudienceMember } from '../../domain/programmes/audience';
import type { Locale } from '../../i18n/locales';
import type { Sql } from '../client';

export interface CohortPerson extends AudienceMember {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  /** Everything the matching engine reads, without consent and blocks (the round adds them). */
  match: Omit<MatchPerson, 'consent' | 'doNotPairWith' | 'role'>;
}

export interface Cohort {
  people: CohortPerson[];
  teamParents: Map<string, string | null>;
  siteNames: Record<string, string>;
  skillNames: Record<string, string>;
}

const SENIORITY_RANK: Record<string, number> = { junior: 1, medior: 2, senior: 3, lead: 4 };
/** People without a team share this one, so the engine still takes them. */
export const NO_TEAM = 'no-team';

interface PersonRow {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  role: string;
  team_id: string | null;
  site_id: string | null;
  manager_id: string | null;
  department: string | null;
  time_zone: string;
  languages: string[];
  seniority: string | null;
  start_date: string | null;
  support_need: number | null;
}

/**
 * The organisation's active people as a round sees them: place in the organisation, week,
 * languages, skills and support need. Someone who left (status inactive) is never loaded.
 */
export class RoundCohortRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async teamParents(): Promise<Map<string, string | null>> {
    const rows = await this.sql.query<{ id: string; parent_id: string | null }>(
      'select id, parent_id from teams where organisation_id = $1',
      [this.organisationId],
    );
    return new Map(rows.map((row) => [row.id, row.parent_id]));
  }

  /** Every active person's audience facts, to count who a programme reaches. */
  async audienceMembers(): Promise<(AudienceMember & { id: string })[]> {
    const rows = await this.sql.query<
      Pick<PersonRow, 'id' | 'team_id' | 'site_id' | 'role' | 'start_date'>
    >(
      `select id, team_id, site_id, role, start_date from people
        where organisation_id = $1 and status = 'active'`,
      [this.organisationId],
    );
    return rows.map((row) => ({
      id: row.id,
      teamId: row.team_id,
      siteId: row.site_id,
      role: row.role,
      startDate: row.start_date,
    }));
  }

  /** One person's audience facts, when active. */
  async audienceMember(personId: string): Promise<AudienceMember | null> {
    const rows = await this.sql.query<
      Pick<PersonRow, 'team_id' | 'site_id' | 'role' | 'start_date'>
    >(
      `select team_id, site_id, role, start_date from people
        where organisation_id = $1 and id = $2 and status = 'active'`,
      [this.organisationId, personId],
    );
    const row = rows[0];
    return row
      ? { teamId: row.team_id, siteId: row.site_id, role: row.role, startDate: row.start_date }
      : null;
  }

  /** Everyone active, or only the given people (a hand edit rescoring a few). */
  async load(only?: readonly string[]): Promise<Cohort> {
    const org = [this.organisationId, only ?? null];
    const personFilter = (column: string) => `($2::uuid[] is null or ${column} = any($2::uuid[]))`;
    const people = await this.sql.query<PersonRow>(
      `select p.id, p.name, p.email, p.locale, p.role, p.team_id, p.site_id, p.manager_id,
                t.department, p.time_zone, p.languages, p.seniority, p.start_date, lp.support_need
           from people p
           left join teams t on t.organisation_id = p.organisation_id and t.id = p.team_id
           left join learning_profiles lp
             on lp.organisation_id = p.organisation_id and lp.person_id = p.id
          where p.organisation_id = $1 and p.status = 'active' and ${personFilter('p.id')}
          order by p.id`,
      org,
    );
    const days = await this.sql.query<{
      person_id: string;
      weekday: number;
      mode: WorkDay['mode'];
      site_id: string | null;
      start_minute: number;
      end_minute: number;
    }>(
      `select person_id, weekday, mode, site_id, start_minute, end_minute
           from work_days where organisation_id = $1 and ${personFilter('person_id')}`,
      org,
    );
    const skills = await this.sql.query<{
      person_id: string;
      skill_id: string;
      kind: 'offered' | 'wanted';
      level: number | null;
      priority: number | null;
    }>(
      `select person_id, skill_id, kind, level, priority
           from person_skills where organisation_id = $1 and ${personFilter('person_id')}`,
      org,
    );
    const teams = await this.teamParents();
    const sites = await this.sql.query<{ id: string; name: string }>(
      'select id, name from sites where organisation_id = $1',
      [this.organisationId],
    );
    const skillNames = await this.sql.query<{ id: string; name: string }>(
      'select id, name from skills where organisation_id = $1',
      [this.organisationId],
    );
    const weekOf = new Map<string, WorkDay[]>();
    for (const d of days) {
      const list = weekOf.get(d.person_id) ?? [];
      list.push({
        weekday: d.weekday as IsoWeekday,
        mode: d.mode,
        siteId: d.site_id,
        startMinute: d.start_minute,
        endMinute: d.end_minute,
      });
      weekOf.set(d.person_id, list);
    }
    const offeredOf = new Map<string, { skillId: string; level: number }[]>();
    const wantedOf = new Map<string, { skillId: string; priority: number }[]>();
    for (const s of skills) {
      if (s.kind === 'offered') {
        const list = offeredOf.get(s.person_id) ?? [];
        list.push({ skillId: s.skill_id, level: s.level ?? 1 });
        offeredOf.set(s.person_id, list);
      } else {
        const list = wantedOf.get(s.person_id) ?? [];
        list.push({ skillId: s.skill_id, priority: s.priority ?? 1 });
        wantedOf.set(s.person_id, list);
      }
    }
    return {
      people: people.map((p) => ({
        id: p.id,
        name: p.name,
        email: p.email,
        locale: p.locale,
        teamId: p.team_id,
        siteId: p.site_id,
        role: p.role,
        startDate: p.start_date,
        match: {
          id: p.id,
          name: p.name,
          teamId: p.team_id ?? NO_TEAM,
          departmentId: p.department,
          managerId: p.manager_id,
          timeZone: p.time_zone,
          // A person without a week is taken to work office hours at home, Monday to Friday.
          workPattern: weekOf.get(p.id) ?? DEFAULT_WEEK,
          languages: p.languages,
          skillsOffered: offeredOf.get(p.id) ?? [],
          skillsWanted: wantedOf.get(p.id) ?? [],
          seniority: p.seniority ? (SENIORITY_RANK[p.seniority] ?? null) : null,
          startDate: p.start_date,
          supportNeed: p.support_need ?? 3,
        },
      })),
      teamParents: teams,
      siteNames: Object.fromEntries(sites.map((s) => [s.id, s.name])),
      skillNames: Object.fromEntries(skillNames.map((s) => [s.id, s.name])),
    };
  }
}

const DEFAULT_WEEK: WorkDay[] = ([1, 2, 3, 4, 5] as const).map((weekday) => ({
  weekday,
  mode: 'home',
  startMinute: 540,
  endMinute: 1020,
}));
