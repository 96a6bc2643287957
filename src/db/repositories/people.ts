import type { Role } from '../../app/actor';
import type { PersonStatus, Seniority } from '../../domain/people/vocabulary';
import type { Locale } from '../../i18n/locales';
import type { Sql } from '../client';

export interface Ref {
  id: string;
  name: string;
}

/** A person's own row with the names of their team and manager. */
export interface PersonRecord {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: PersonStatus;
  jobTitle: string | null;
  team: Ref | null;
  manager: Ref | null;
  /** The office the person belongs to; their office days may be elsewhere too. */
  site: Ref | null;
  startDate: string | null;
  seniority: Seniority | null;
  languages: string[];
  timeZone: string;
  locale: Locale;
}

/** What an admin sets on a person; on update, a field left out stays as it is. */
export interface PersonFields {
  name: string;
  email: string;
  role: Role;
  status: PersonStatus;
  jobTitle: string | null;
  teamId: string | null;
  managerId: string | null;
  siteId: string | null;
  startDate: string | null;
  seniority: Seniority | null;
  languages: string[];
  timeZone: string;
  locale: Locale;
}

const COLUMNS: Record<keyof PersonFields, string> = {
  name: 'name',
  email: 'email',
  role: 'role',
  status: 'status',
  jobTitle: 'job_title',
  teamId: 'team_id',
  managerId: 'manager_id',
  siteId: 'site_id',
  startDate: 'start_date',
  seniority: 'seniority',
  languages: 'languages',
  timeZone: 'time_zone',
  locale: 'locale',
};

interface PersonRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: PersonStatus;
  job_title: string | null;
  team_id: string | null;
  team_name: string | null;
  manager_id: string | null;
  manager_name: string | null;
  site_id: string | null;
  site_name: string | null;
  start_date: string | null;
  seniority: Seniority | null;
  languages: string[];
  time_zone: string;
  locale: Locale;
}

const ref = (id: string | null, name: string | null): Ref | null =>
  id === null || name === null ? null : { id, name };

function toRecord(row: PersonRow): PersonRecord {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    status: row.status,
    jobTitle: row.job_title,
    team: ref(row.team_id, row.team_name),
    manager: ref(row.manager_id, row.manager_name),
    site: ref(row.site_id, row.site_name),
    startDate: row.start_date,
    seniority: row.seniority,
    languages: row.languages,
    timeZone: row.time_zone,
    locale: row.locale,
  };
}

/** The people of one organisation: their own rows and the management chain between them. */
export class PeopleRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async find(id: string): Promise<PersonRecord | null> {
    const [record] = await this.findMany([id]);
    return record ?? null;
  }

  /** The people with these ids, in the order asked; unknown ids are left out. */
  async findMany(ids: readonly string[]): Promise<PersonRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql.query<PersonRow>(
      `select p.id, p.name, p.email, p.role, p.status, p.job_title, p.team_id, t.name as team_name,
              p.manager_id, m.name as manager_name, p.site_id, s.name as site_name,
              p.start_date, p.seniority, p.languages, p.time_zone, p.locale
         from people p
         left join teams t on t.organisation_id = p.organisation_id and t.id = p.team_id
         left join people m on m.organisation_id = p.organisation_id and m.id = p.manager_id
         left join sites s on s.organisation_id = p.organisation_id and s.id = p.site_id
        where p.organisation_id = $1 and p.id = any($2::uuid[])`,
      [this.organisationId, ids],
    );
    const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Who uses this (lower-case) address in the organisation, if anyone. */
  async idByEmail(email: string): Promise<string | null> {
    const rows = await this.sql.query<{ id: string }>(
      'select id from people where organisation_id = $1 and email = $2',
      [this.organisationId, email],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * The person's manager, their manager, and so on to the top, nearest first. Stops at a
   * repeat, so data that already holds a loop cannot make it run forever.
   */
  async managerChain(personId: string): Promise<Ref[]> {
    const rows = await this.sql.query<{ id: string; name: string }>(
      `with recursive chain (id, name, manager_id, depth, path) as (
         select m.id, m.name, m.manager_id, 1, array[p.id, m.id]
           from people p
           join people m on m.organisation_id = p.organisation_id and m.id = p.manager_id
          where p.organisation_id = $1 and p.id = $2
         union all
         select m.id, m.name, m.manager_id, c.depth + 1, c.path || m.id
           from chain c
           join people m on m.organisation_id = $1 and m.id = c.manager_id
          where not m.id = any(c.path)
       )
       select id, name from chain order by depth`,
      [this.organisationId, personId],
    );
    return rows;
  }

  async create(fields: PersonFields, now: Date): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into people (organisation_id, name, email, role, status, job_title, team_id,
                           manager_id, site_id, start_date, seniority, languages, time_zone,
                           locale, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
       returning id`,
      [
        this.organisationId,
        fields.name,
        fields.email,
        fields.role,
        fields.status,
        fields.jobTitle,
        fields.teamId,
        fields.managerId,
        fields.siteId,
        fields.startDate,
        fields.seniority,
        fields.languages,
        fields.timeZone,
        fields.locale,
        now,
      ],
    );
    return row.id;
  }

  async update(id: string, fields: Partial<PersonFields>, now: Date): Promise<void> {
    const entries = Object.entries(fields).filter(([, value]) => value !== undefined) as [
      keyof PersonFields,
      unknown,
    ][];
    const assignments = entries.map(([key], index) => `${COLUMNS[key]} = $${index + 4}`);
    await this.sql.query(
      `update people set ${[...assignments, 'updated_at = $3'].join(', ')}
        where organisation_id = $1 and id = $2`,
      [this.organisationId, id, now, ...entries.map(([, value]) => value)],
    );
  }

  /** Signs the person out everywhere, so that reactivating them later does not revive old sessions. */
  async endSessions(personId: string): Promise<void> {
    await this.sql.query('delete from sessions where organisation_id = $1 and person_id = $2', [
      this.organisationId,
      personId,
    ]);
  }

  /** Active admins other than this person: someone must be left to manage the organisation. */
  async countOtherActiveAdmins(personId: string): Promise<number> {
    const [row] = await this.sql.query<{ count: number }>(
      `select count(*)::int as count from people
        where organisation_id = $1 and role = 'admin' and status = 'active' and id <> $2`,
      [this.organisationId, personId],
    );
    return row.count;
  }
}
