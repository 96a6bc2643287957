import { type SkillCategory, skillCategories } from '../../domain/people/vocabulary';
import type { Sql } from '../client';
import { escapeLike } from './likePattern';

export interface SkillRecord {
  id: string;
  name: string;
  category: SkillCategory;
  synonyms: string[];
  description: string | null;
}

export interface SkillMatchRecord extends SkillRecord {
  matchedSynonym: string | null;
}

export type SkillFields = Omit<SkillRecord, 'id'>;

interface SkillRow {
  id: string;
  name: string;
  category: SkillCategory;
  synonyms: string[];
  description: string | null;
}

const toRecord = (row: SkillRow): SkillRecord => ({
  id: row.id,
  name: row.name,
  category: row.category,
  synonyms: row.synonyms,
  description: row.description,
});

/** The organisation's skills taxonomy. */
export class SkillRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  /**
   * Autocomplete over names and synonyms, case-insensitively. Exact names rank first, then
   * names that start with the words, then synonyms that equal or start with them, then any
   * other match. Without words: the whole taxonomy by category, then name.
   */
  async search(input: {
    words: string | null;
    category: SkillCategory | null;
    limit: number;
  }): Promise<SkillMatchRecord[]> {
    const words = input.words?.toLowerCase() ?? null;
    const rows = await this.sql.query<SkillRow & { matched_synonym: string | null }>(
      `select s.id, s.name, s.category, s.synonyms, s.description,
              case when $3::text is null or lower(s.name) like '%' || $4 || '%' then null
                   else (select syn from unnest(s.synonyms) with ordinality as u (syn, n)
                          where lower(syn) like '%' || $4 || '%' order by n limit 1)
              end as matched_synonym
         from skills s
        where s.organisation_id = $1
          and ($2::text is null or s.category = $2)
          and ($3::text is null
               or lower(s.name) like '%' || $4 || '%'
               or exists (select 1 from unnest(s.synonyms) syn where lower(syn) like '%' || $4 || '%'))
        order by
          case when $3::text is null then 0
               when lower(s.name) = $3 then 1
               when lower(s.name) like $4 || '%' then 2
               when exists (select 1 from unnest(s.synonyms) syn where lower(syn) = $3) then 3
               when exists (select 1 from unnest(s.synonyms) syn where lower(syn) like $4 || '%') then 4
               else 5 end,
          case when $3::text is null then array_position($6::text[], s.category) else 0 end,
          lower(s.name), s.id
        limit $5`,
      [
        this.organisationId,
        input.category,
        words,
        words === null ? null : escapeLike(words),
        input.limit,
        skillCategories,
      ],
    );
    return rows.map((row) => ({ ...toRecord(row), matchedSynonym: row.matched_synonym }));
  }

  async find(id: string): Promise<SkillRecord | null> {
    const rows = await this.sql.query<SkillRow>(
      `select id, name, category, synonyms, description from skills
        where organisation_id = $1 and id = $2`,
      [this.organisationId, id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Which of these ids are skills of the organisation. */
  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.sql.query<{ id: string }>(
      'select id from skills where organisation_id = $1 and id = any($2::uuid[])',
      [this.organisationId, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The skill already called this (in any case), if any. */
  async idByName(name: string): Promise<string | null> {
    const rows = await this.sql.query<{ id: string }>(
      'select id from skills where organisation_id = $1 and lower(name) = lower($2)',
      [this.organisationId, name],
    );
    return rows[0]?.id ?? null;
  }

  async create(fields: SkillFields): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into skills (organisation_id, name, category, synonyms, description)
       values ($1, $2, $3, $4, $5) returning id`,
      [this.organisationId, fields.name, fields.category, fields.synonyms, fields.description],
    );
    return row.id;
  }

  async update(id: string, fields: SkillFields): Promise<void> {
    await this.sql.query(
      `update skills set name = $3, category = $4, synonyms = $5, description = $6
        where organisation_id = $1 and id = $2`,
      [this.organisationId, id, fields.name, fields.category, fields.synonyms, fields.description],
    );
  }

  /** Deleting a skill also removes it from everyone's offers and wishes (goals keep their text). */
  async delete(id: string): Promise<boolean> {
    const rows = await this.sql.query(
      'delete from skills where organisation_id = $1 and id = $2 returning id',
      [this.organisationId, id],
    );
    return rows.length > 0;
  }
}
