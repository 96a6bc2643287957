import type { Sql } from '../client';

export interface SiteRecord {
  id: string;
  name: string;
  city: string | null;
  timeZone: string;
}

export type SiteFields = Omit<SiteRecord, 'id'>;

interface SiteRow {
  id: string;
  name: string;
  city: string | null;
  time_zone: string;
}

const toRecord = (row: SiteRow): SiteRecord => ({
  id: row.id,
  name: row.name,
  city: row.city,
  timeZone: row.time_zone,
});

/** The organisation's offices, where people spend their office days. */
export class SiteRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async list(): Promise<SiteRecord[]> {
    const rows = await this.sql.query<SiteRow>(
      `select id, name, city, time_zone from sites where organisation_id = $1
        order by lower(name), id`,
      [this.organisationId],
    );
    return rows.map(toRecord);
  }

  async find(id: string): Promise<SiteRecord | null> {
    const rows = await this.sql.query<SiteRow>(
      'select id, name, city, time_zone from sites where organisation_id = $1 and id = $2',
      [this.organisationId, id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Which of these ids are sites of the organisation. */
  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.sql.query<{ id: string }>(
      'select id from sites where organisation_id = $1 and id = any($2::uuid[])',
      [this.organisationId, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  async idByName(name: string): Promise<string | null> {
    const rows = await this.sql.query<{ id: string }>(
      'select id from sites where organisation_id = $1 and lower(name) = lower($2)',
      [this.organisationId, name],
    );
    return rows[0]?.id ?? null;
  }

  /** How many people belong to the site or have an office day there. */
  async countPeopleUsing(id: string): Promise<number> {
    const [row] = await this.sql.query<{ count: number }>(
      `select count(*)::int as count from people p
        where p.organisation_id = $1
          and (p.site_id = $2
               or exists (select 1 from work_days w
                           where w.organisation_id = $1 and w.person_id = p.id and w.site_id = $2))`,
      [this.organisationId, id],
    );
    return row.count;
  }

  async create(fields: SiteFields): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into sites (organisation_id, name, city, time_zone) values ($1, $2, $3, $4)
       returning id`,
      [this.organisationId, fields.name, fields.city, fields.timeZone],
    );
    return row.id;
  }

  async update(id: string, fields: SiteFields): Promise<void> {
    await this.sql.query(
      `update sites set name = $3, city = $4, time_zone = $5
        where organisation_id = $1 and id = $2`,
      [this.organisationId, id, fields.name, fields.city, fields.timeZone],
    );
  }

  async delete(id: string): Promise<void> {
    await this.sql.query('delete from sites where organisation_id = $1 and id = $2', [
      this.organisationId,
      id,
    ]);
  }
}
