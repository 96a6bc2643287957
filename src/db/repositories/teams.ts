import type { Sql } from '../client';
import type { Ref } from './people';

export interface TeamRecord {
  id: string;
  name: string;
  department: string | null;
  parentId: string | null;
  manager: Ref | null;
  memberCount: number;
}

export interface TeamFields {
  name: string;
  department: string | null;
  parentId: string | null;
  managerId: string | null;
}

interface TeamRow {
  id: string;
  name: string;
  department: string | null;
  parent_id: string | null;
  manager_id: string | null;
  manager_name: string | null;
  member_count: number;
}

const toRecord = (row: TeamRow): TeamRecord => ({
  id: row.id,
  name: row.name,
  department: row.department,
  parentId: row.parent_id,
  manager:
    row.manager_id && row.manager_name ? { id: row.manager_id, name: row.manager_name } : null,
  memberCount: row.member_count,
});

const SELECT = `select t.id, t.name, t.department, t.parent_id, t.manager_id, m.name as manager_name,
                       (select count(*)::int from people p
                         where p.organisation_id = t.organisation_id and p.team_id = t.id
                           and p.status = 'active') as member_count
                  from teams t
                  left join people m on m.organisation_id = t.organisation_id and m.id = t.manager_id`;

/** The organisation's teams: a tree through parent_id, each with a manager. */
export class TeamRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async list(): Promise<TeamRecord[]> {
    const rows = await this.sql.query<TeamRow>(
      `${SELECT} where t.organisation_id = $1 order by lower(t.name), t.id`,
      [this.organisationId],
    );
    return rows.map(toRecord);
  }

  async find(id: string): Promise<TeamRecord | null> {
    const rows = await this.sql.query<TeamRow>(
      `${SELECT} where t.organisation_id = $1 and t.id = $2`,
      [this.organisationId, id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The team's parent, its parent, and so on to the top, nearest first. */
  async ancestors(teamId: string): Promise<Ref[]> {
    return this.sql.query<Ref>(
      `with recursive up (id, name, parent_id, depth, path) as (
         select p.id, p.name, p.parent_id, 1, array[t.id, p.id]
           from teams t
           join teams p on p.organisation_id = t.organisation_id and p.id = t.parent_id
          where t.organisation_id = $1 and t.id = $2
         union all
         select p.id, p.name, p.parent_id, u.depth + 1, u.path || p.id
           from up u
           join teams p on p.organisation_id = $1 and p.id = u.parent_id
          where not p.id = any(u.path)
       )
       select id, name from up order by depth`,
      [this.organisationId, teamId],
    );
  }

  async idByName(name: string): Promise<string | null> {
    const rows = await this.sql.query<{ id: string }>(
      'select id from teams where organisation_id = $1 and lower(name) = lower($2)',
      [this.organisationId, name],
    );
    return rows[0]?.id ?? null;
  }

  /** People (active or not) in the team and teams directly under it: what deleting would orphan. */
  async countDependants(id: string): Promise<{ people: number; teams: number }> {
    const [row] = await this.sql.query<{ people: number; teams: number }>(
      `select (select count(*)::int from people where organisation_id = $1 and team_id = $2) as people,
              (select count(*)::int from teams where organisation_id = $1 and parent_id = $2) as teams`,
      [this.organisationId, id],
    );
    return row;
  }

  async create(fields: TeamFields): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into teams (organisation_id, name, department, parent_id, manager_id)
       values ($1, $2, $3, $4, $5) returning id`,
      [this.organisationId, fields.name, fields.department, fields.parentId, fields.managerId],
    );
    return row.id;
  }

  async update(id: string, fields: TeamFields): Promise<void> {
    await this.sql.query(
      `update teams set name = $3, department = $4, parent_id = $5, manager_id = $6
        where organisation_id = $1 and id = $2`,
      [this.organisationId, id, fields.name, fields.department, fields.parentId, fields.managerId],
    );
  }

  async delete(id: string): Promise<void> {
    await this.sql.query('delete from teams where organisation_id = $1 and id = $2', [
      this.organisationId,
      id,
    ]);
  }
}
