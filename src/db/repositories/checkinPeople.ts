import type { GoalStatus } from '../../domain/people/vocabulary';
import type { Sql } from '../client';
import type { Ref } from './people';
import { PeopleRepository } from './people';

/** What check-ins need to know about a person. */
export interface CheckinPersonRecord {
  id: string;
  name: string;
  email: string;
  locale: 'nl' | 'en';
  status: 'active' | 'inactive';
  managerId: string | null;
  team: Ref | null;
  startDate: string | null;
  supportNeed: 1 | 2 | 3 | 4 | 5;
}

export interface GoalBrief {
  id: string;
  personId: string;
  title: string;
  status: GoalStatus;
  progress: number;
  targetDate: string | null;
  updatedOn: string;
}

export interface PairingBrief {
  personId: string;
  kind: 'buddy' | 'mentoring' | 'reverse_mentoring' | 'onboarding' | 'coffee';
  partner: Ref;
}

const PERSON_SELECT = `select p.id, p.name, p.email, p.locale, p.status, p.manager_id, p.team_id,
                              t.name as team_name, p.start_date, coalesce(l.support_need, 3) as support_need
                         from people p
                         left join teams t on t.organisation_id = p.organisation_id and t.id = p.team_id
                         left join learning_profiles l
                           on l.organisation_id = p.organisation_id and l.person_id = p.id`;

interface PersonRow {
  id: string;
  name: string;
  email: string;
  locale: 'nl' | 'en';
  status: 'active' | 'inactive';
  manager_id: string | null;
  team_id: string | null;
  team_name: string | null;
  start_date: string | null;
  support_need: number;
}

const toPerson = (row: PersonRow): CheckinPersonRecord => ({
  id: row.id,
  name: row.name,
  email: row.email,
  locale: row.locale,
  status: row.status,
  managerId: row.manager_id,
  team: row.team_id && row.team_name ? { id: row.team_id, name: row.team_name } : null,
  startDate: row.start_date,
  supportNeed: row.support_need as CheckinPersonRecord['supportNeed'],
});

/** Reads across people, learning profiles, goals, pairings and work weeks for check-ins. */
export class CheckinPeopleRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async find(id: string): Promise<CheckinPersonRecord | null> {
    const rows = await this.sql.query<PersonRow>(
      `${PERSON_SELECT} where p.organisation_id = $1 and p.id = $2`,
      [this.organisationId, id],
    );
    return rows[0] ? toPerson(rows[0]) : null;
  }

  /** Active people who report to the manager directly. */
  async directReports(managerId: string): Promise<CheckinPersonRecord[]> {
    const rows = await this.sql.query<PersonRow>(
      `${PERSON_SELECT} where p.organisation_id = $1 and p.manager_id = $2 and p.status = 'active'
        order by lower(p.name), p.id`,
      [this.organisationId, managerId],
    );
    return rows.map(toPerson);
  }

  /** Active people below the manager's direct reports, at any depth (loops stop). */
  async indirectReports(managerId: string): Promise<CheckinPersonRecord[]> {
    const rows = await this.sql.query<PersonRow>(
      `with recursive below (id, depth, path) as (
         select id, 1, array[$2::uuid, id] from people where organisation_id = $1 and manager_id = $2
         union all
         select p.id, b.depth + 1, b.path || p.id
           from below b join people p on p.organisation_id = $1 and p.manager_id = b.id
          where not p.id = any(b.path)
       )
       ${PERSON_SELECT}
        where p.organisation_id = $1 and p.status = 'active'
          and p.id in (select id from below where depth > 1)
        order by lower(p.name), p.id`,
      [this.organisationId, managerId],
    );
    return rows.map(toPerson);
  }

  /** The managers above the person's direct manager, nearest first. */
  async managersAbove(personId: string): Promise<string[]> {
    const chain = await new PeopleRepository(this.sql, this.organisationId).managerChain(personId);
    return chain.slice(1).map((manager) => manager.id);
  }

  async goals(personIds: readonly string[]): Promise<GoalBrief[]> {
    if (personIds.length === 0) return [];
    const rows = await this.sql.query<{
      id: string;
      person_id: string;
      title: string;
      status: GoalStatus;
      progress: number;
      target_date: string | null;
      updated_on: string;
    }>(
      `select id, person_id, title, status, progress, target_date,
              to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD') as updated_on
         from learning_goals where organisation_id = $1 and person_id = any($2::uuid[])`,
      [this.organisationId, personIds],
    );
    return rows.map((row) => ({
      id: row.id,
      personId: row.person_id,
      title: row.title,
      status: row.status,
      progress: row.progress,
      targetDate: row.target_date,
      updatedOn: row.updated_on,
    }));
  }

  /** Skills the person wants to learn: the "learning needs" a talking point can name. */
  async wantedSkills(personId: string): Promise<Ref[]> {
    return this.sql.query<Ref>(
      `select s.id, s.name from person_skills ps
         join skills s on s.organisation_id = ps.organisation_id and s.id = ps.skill_id
        where ps.organisation_id = $1 and ps.person_id = $2 and ps.kind = 'wanted'
        order by ps.priority desc, lower(s.name)`,
      [this.organisationId, personId],
    );
  }

  async workModes(
    personIds: readonly string[],
  ): Promise<Map<string, ('office' | 'home' | 'off')[]>> {
    const result = new Map<string, ('office' | 'home' | 'off')[]>();
    if (personIds.length === 0) return result;
    const rows = await this.sql.query<{ person_id: string; mode: 'office' | 'home' | 'off' }>(
      `select person_id, mode from work_days
        where organisation_id = $1 and person_id = any($2::uuid[])`,
      [this.organisationId, personIds],
    );
    for (const row of rows) {
      result.set(row.person_id, [...(result.get(row.person_id) ?? []), row.mode]);
    }
    return result;
  }

  /** The people's active pairings (buddy, mentor, godparent …) with whom. */
  async activePairings(personIds: readonly string[]): Promise<PairingBrief[]> {
    if (personIds.length === 0) return [];
    const rows = await this.sql.query<{
      person_id: string;
      kind: PairingBrief['kind'];
      partner_id: string;
      partner_name: string;
    }>(
      `select me.person_id, pr.kind, other.person_id as partner_id, op.name as partner_name
         from match_members me
         join matches m on m.organisation_id = me.organisation_id and m.id = me.match_id
         join programmes pr on pr.organisation_id = m.organisation_id and pr.id = m.programme_id
         join match_members other
           on other.organisation_id = me.organisation_id and other.match_id = me.match_id
          and other.person_id <> me.person_id
         join people op on op.organisation_id = other.organisation_id and op.id = other.person_id
        where me.organisation_id = $1 and me.person_id = any($2::uuid[]) and m.status = 'active'
        order by pr.kind, lower(op.name)`,
      [this.organisationId, personIds],
    );
    return rows.map((row) => ({
      personId: row.person_id,
      kind: row.kind,
      partner: { id: row.partner_id, name: row.partner_name },
    }));
  }

  /**
   * Learning contacts since a day, per person: check-ins held, meetings their pairings confirmed
   * ("did you meet?" answered yes) and messages they wrote to a pairing.
   */
  async learningContacts(
    personIds: readonly string[],
    since: string,
  ): Promise<Map<string, number>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.sql.query<{ person_id: string; count: number }>(
      `select person_id, count(*)::int as count from (
         select person_id from checkins
          where organisation_id = $1 and person_id = any($2::uuid[]) and status = 'held'
            and held_on >= $3
         union all
         select person_id from match_feedback
          where organisation_id = $1 and person_id = any($2::uuid[]) and answer = 'yes'
            and meeting_on >= $3
         union all
         select author_id from match_messages
          where organisation_id = $1 and author_id = any($2::uuid[]) and created_at >= $3::date
       ) contacts group by person_id`,
      [this.organisationId, personIds, since],
    );
    return new Map(rows.map((row) => [row.person_id, row.count]));
  }

  /** Active colleagues who offer the skill, the most skilled first. */
  async offering(
    skillId: string,
    exceptIds: readonly string[],
    limit: number,
  ): Promise<(Ref & { level: number })[]> {
    return this.sql.query<Ref & { level: number }>(
      `select p.id, p.name, ps.level from person_skills ps
         join people p on p.organisation_id = ps.organisation_id and p.id = ps.person_id
        where ps.organisation_id = $1 and ps.skill_id = $2 and ps.kind = 'offered'
          and p.status = 'active' and not p.id = any($3::uuid[])
        order by ps.level desc, lower(p.name) limit $4`,
      [this.organisationId, skillId, exceptIds, limit],
    );
  }

  async skillExists(skillId: string): Promise<boolean> {
    const rows = await this.sql.query(
      'select 1 from skills where organisation_id = $1 and id = $2',
      [this.organisationId, skillId],
    );
    return rows.length > 0;
  }
}
