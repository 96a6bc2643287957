import type { Seniority, SkillCategory, Weekday, WorkMode } from '../../domain/people/vocabulary';
import type { WorkDay } from '../../domain/people/workPattern';
import type { Locale } from '../../i18n/locales';
import type { Sql } from '../client';

export interface WorkDayRecord extends WorkDay {
  siteName: string | null;
}

export interface PersonSkillRecord {
  personId: string;
  skillId: string;
  name: string;
  category: SkillCategory;
  kind: 'offered' | 'wanted';
  /** offered: level 1–5; wanted: priority 1–3. */
  value: number;
}

export interface LearningProfileRecord {
  supportNeed: number;
  /** As stored: imports may have written ways outside today's list. */
  learningWays: string[];
}

/** What a person edits about themselves on their own row. */
export interface PersonalFields {
  name: string;
  jobTitle: string | null;
  languages: string[];
  timeZone: string;
  locale: Locale;
  startDate: string | null;
  seniority: Seniority | null;
}

/**
 * The parts of a person beyond their own row: the weekly work pattern, skills offered and
 * wanted, and the learning profile. Read in batches so a directory page costs a few queries.
 */
export class ProfileRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async workDaysOf(personIds: readonly string[]): Promise<Map<string, WorkDayRecord[]>> {
    const rows = await this.sql.query<{
      person_id: string;
      weekday: Weekday;
      mode: WorkMode;
      site_id: string | null;
      site_name: string | null;
      start_minute: number;
      end_minute: number;
    }>(
      `select w.person_id, w.weekday, w.mode, w.site_id, s.name as site_name, w.start_minute,
              w.end_minute
         from work_days w
         left join sites s on s.organisation_id = w.organisation_id and s.id = w.site_id
        where w.organisation_id = $1 and w.person_id = any($2::uuid[])
        order by w.person_id, w.weekday`,
      [this.organisationId, personIds],
    );
    const byPerson = new Map<string, WorkDayRecord[]>(personIds.map((id) => [id, []]));
    for (const row of rows) {
      byPerson.get(row.person_id)?.push({
        weekday: row.weekday,
        mode: row.mode,
        siteId: row.site_id,
        siteName: row.site_name,
        startMinute: row.start_minute,
        endMinute: row.end_minute,
      });
    }
    return byPerson;
  }

  /** Skills per person: strongest offers and most urgent wishes first, then by name. */
  async skillsOf(personIds: readonly string[]): Promise<Map<string, PersonSkillRecord[]>> {
    const rows = await this.sql.query<{
      person_id: string;
      skill_id: string;
      name: string;
      category: SkillCategory;
      kind: 'offered' | 'wanted';
      value: number;
    }>(
      `select ps.person_id, ps.skill_id, s.name, s.category, ps.kind,
              coalesce(ps.level, ps.priority) as value
         from person_skills ps
         join skills s on s.organisation_id = ps.organisation_id and s.id = ps.skill_id
        where ps.organisation_id = $1 and ps.person_id = any($2::uuid[])
        order by ps.person_id, ps.kind, value desc, lower(s.name), s.id`,
      [this.organisationId, personIds],
    );
    const byPerson = new Map<string, PersonSkillRecord[]>(personIds.map((id) => [id, []]));
    for (const row of rows) {
      byPerson.get(row.person_id)?.push({
        personId: row.person_id,
        skillId: row.skill_id,
        name: row.name,
        category: row.category,
        kind: row.kind,
        value: row.value,
      });
    }
    return byPerson;
  }

  /** Null when the person never filled it in. */
  async learningProfile(personId: string): Promise<LearningProfileRecord | null> {
    const rows = await this.sql.query<{ support_need: number; learning_ways: string[] }>(
      `select support_need, learning_ways from learning_profiles
        where organisation_id = $1 and person_id = $2`,
      [this.organisationId, personId],
    );
    const row = rows[0];
    return row ? { supportNeed: row.support_need, learningWays: row.learning_ways } : null;
  }

  async updatePersonal(personId: string, fields: PersonalFields, now: Date): Promise<void> {
    await this.sql.query(
      `update people
          set name = $3, job_title = $4, languages = $5, time_zone = $6, locale = $7,
              start_date = $8, seniority = $9, updated_at = $10
        where organisation_id = $1 and id = $2`,
      [
        this.organisationId,
        personId,
        fields.name,
        fields.jobTitle,
        fields.languages,
        fields.timeZone,
        fields.locale,
        fields.startDate,
        fields.seniority,
        now,
      ],
    );
  }

  async replaceWorkDays(personId: string, days: readonly WorkDay[]): Promise<void> {
    await this.sql.query('delete from work_days where organisation_id = $1 and person_id = $2', [
      this.organisationId,
      personId,
    ]);
    if (days.length === 0) return;
    await this.sql.query(
      `insert into work_days (organisation_id, person_id, weekday, mode, site_id, start_minute,
                              end_minute)
       select $1, $2, d.weekday, d.mode, d.site_id, d.start_minute, d.end_minute
         from unnest($3::smallint[], $4::text[], $5::uuid[], $6::smallint[], $7::smallint[])
              as d (weekday, mode, site_id, start_minute, end_minute)`,
      [
        this.organisationId,
        personId,
        days.map((d) => d.weekday),
        days.map((d) => d.mode),
        days.map((d) => d.siteId),
        days.map((d) => d.startMinute),
        days.map((d) => d.endMinute),
      ],
    );
  }

  async replaceSkills(
    personId: string,
    offered: readonly { skillId: string; level: number }[],
    wanted: readonly { skillId: string; priority: number }[],
  ): Promise<void> {
    await this.sql.query(
      'delete from person_skills where organisation_id = $1 and person_id = $2',
      [this.organisationId, personId],
    );
    const rows = [
      ...offered.map((s) => ({
        skillId: s.skillId,
        kind: 'offered',
        level: s.level,
        priority: null,
      })),
      ...wanted.map((s) => ({
        skillId: s.skillId,
        kind: 'wanted',
        level: null,
        priority: s.priority,
      })),
    ];
    if (rows.length === 0) return;
    await this.sql.query(
      `insert into person_skills (organisation_id, person_id, skill_id, kind, level, priority)
       select $1, $2, s.skill_id, s.kind, s.level, s.priority
         from unnest($3::uuid[], $4::text[], $5::smallint[], $6::smallint[])
              as s (skill_id, kind, level, priority)`,
      [
        this.organisationId,
        personId,
        rows.map((r) => r.skillId),
        rows.map((r) => r.kind),
        rows.map((r) => r.level),
        rows.map((r) => r.priority),
      ],
    );
  }

  async saveLearningProfile(
    personId: string,
    profile: LearningProfileRecord,
    now: Date,
  ): Promise<void> {
    await this.sql.query(
      `insert into learning_profiles (organisation_id, person_id, support_need, learning_ways,
                                      updated_at)
       values ($1, $2, $3, $4, $5)
       on conflict (person_id) do update
          set support_need = excluded.support_need, learning_ways = excluded.learning_ways,
              updated_at = excluded.updated_at
        where learning_profiles.organisation_id = excluded.organisation_id`,
      [this.organisationId, personId, profile.supportNeed, profile.learningWays, now],
    );
  }
}
