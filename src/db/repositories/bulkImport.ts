import type { Role } from '../../app/actor';
import type { Sql } from '../client';
import { type UnnestColumn, unnestInsert, unnestUpdate } from './unnestInsert';

// Lists (languages, synonyms, ways of learning) travel as one string joined by the ASCII unit
// separator, which no name or code contains, and are split again in SQL: a text[][] parameter
// would have to be rectangular.
const LIST_SEPARATOR = '\u001f';
const joinList = (items: readonly string[]) => items.join(LIST_SEPARATOR);
const splitList = (name: string) => `string_to_array(u.${name}, chr(31))`;

export interface SiteRow {
  id: string;
  name: string;
  city: string | null;
  timeZone: string;
}

export interface TeamRow {
  id: string;
  name: string;
  department: string | null;
  parentId: string | null;
}

export interface SkillRow {
  id: string;
  name: string;
  category: string;
  synonyms: readonly string[];
}

/** Every field of a person that the demo and the import write. */
export interface PersonRow {
  id: string;
  email: string;
  externalId: string | null;
  name: string;
  role: Role;
  jobTitle: string | null;
  teamId: string | null;
  managerId: string | null;
  startDate: string | null;
  seniority: string | null;
  languages: readonly string[];
  timeZone: string;
  locale: string;
  siteId: string | null;
  passwordHash?: string | null;
}

export interface WorkDayRow {
  personId: string;
  weekday: number;
  mode: 'office' | 'home' | 'off';
  siteId: string | null;
  startMinute: number;
  endMinute: number;
}

export interface PersonSkillRow {
  personId: string;
  skillId: string;
  kind: 'offered' | 'wanted';
  level: number | null;
  priority: number | null;
}

export interface LearningProfileRow {
  personId: string;
  supportNeed: number;
  learningWays?: readonly string[];
}

export interface LearningGoalRow {
  id: string;
  personId: string;
  title: string;
  skillId: string | null;
  status: string;
  progress: number;
  targetDate: string | null;
}

const personColumns: UnnestColumn<PersonRow>[] = [
  { name: 'email', type: 'text', value: (p) => p.email },
  { name: 'external_id', type: 'text', value: (p) => p.externalId },
  { name: 'name', type: 'text', value: (p) => p.name },
  { name: 'role', type: 'text', value: (p) => p.role },
  { name: 'job_title', type: 'text', value: (p) => p.jobTitle },
  { name: 'team_id', type: 'uuid', value: (p) => p.teamId },
  { name: 'start_date', type: 'date', value: (p) => p.startDate },
  { name: 'seniority', type: 'text', value: (p) => p.seniority },
  {
    name: 'languages',
    type: 'text',
    value: (p) => joinList(p.languages),
    expression: splitList('languages'),
  },
  { name: 'time_zone', type: 'text', value: (p) => p.timeZone },
  { name: 'locale', type: 'text', value: (p) => p.locale },
  { name: 'site_id', type: 'uuid', value: (p) => p.siteId },
];

/**
 * Writes people and everything about them in bulk, for the demo generator and the CSV import.
 * Every statement is scoped to the organisation given at construction.
 */
export class BulkImportRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async insertSites(rows: readonly SiteRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'sites',
      this.organisationId,
      [
        { name: 'id', type: 'uuid', value: (s) => s.id },
        { name: 'name', type: 'text', value: (s) => s.name },
        { name: 'city', type: 'text', value: (s) => s.city },
        { name: 'time_zone', type: 'text', value: (s) => s.timeZone },
      ],
      rows,
    );
  }

  /** Parents must come before their children (in this call or an earlier one). */
  async insertTeams(rows: readonly TeamRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'teams',
      this.organisationId,
      [
        { name: 'id', type: 'uuid', value: (t) => t.id },
        { name: 'name', type: 'text', value: (t) => t.name },
        { name: 'department', type: 'text', value: (t) => t.department },
        { name: 'parent_id', type: 'uuid', value: (t) => t.parentId },
      ],
      rows,
    );
  }

  async setTeamManagers(rows: readonly { teamId: string; managerId: string }[]): Promise<void> {
    await unnestUpdate(
      this.sql,
      'teams',
      this.organisationId,
      (row) => row.teamId,
      [{ name: 'manager_id', type: 'uuid', value: (row) => row.managerId }],
      rows,
    );
  }

  async insertSkills(rows: readonly SkillRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'skills',
      this.organisationId,
      [
        { name: 'id', type: 'uuid', value: (s) => s.id },
        { name: 'name', type: 'text', value: (s) => s.name },
        { name: 'category', type: 'text', value: (s) => s.category },
        {
          name: 'synonyms',
          type: 'text',
          value: (s) => joinList(s.synonyms),
          expression: splitList('synonyms'),
        },
      ],
      rows,
    );
  }

  /**
   * Inserts people with their managers. A manager must be inserted before (or in the same batch
   * as) their reports; otherwise insert without managers and call setManagers afterwards.
   */
  async insertPeople(rows: readonly PersonRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'people',
      this.organisationId,
      [
        { name: 'id', type: 'uuid', value: (p) => p.id },
        ...personColumns,
        { name: 'manager_id', type: 'uuid', value: (p) => p.managerId },
        { name: 'password_hash', type: 'text', value: (p) => p.passwordHash },
      ],
      rows,
    );
  }

  /** Overwrites every imported field (not the manager, see setManagers) of existing people. */
  async updatePeople(rows: readonly PersonRow[]): Promise<void> {
    await unnestUpdate(this.sql, 'people', this.organisationId, (p) => p.id, personColumns, rows, [
      'updated_at = now()',
    ]);
  }

  async setManagers(
    rows: readonly { personId: string; managerId: string | null }[],
  ): Promise<void> {
    await unnestUpdate(
      this.sql,
      'people',
      this.organisationId,
      (row) => row.personId,
      [{ name: 'manager_id', type: 'uuid', value: (row) => row.managerId }],
      rows,
      ['updated_at = now()'],
    );
  }

  async insertWorkDays(rows: readonly WorkDayRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'work_days',
      this.organisationId,
      [
        { name: 'person_id', type: 'uuid', value: (d) => d.personId },
        { name: 'weekday', type: 'smallint', value: (d) => d.weekday },
        { name: 'mode', type: 'text', value: (d) => d.mode },
        { name: 'site_id', type: 'uuid', value: (d) => d.siteId },
        { name: 'start_minute', type: 'smallint', value: (d) => d.startMinute },
        { name: 'end_minute', type: 'smallint', value: (d) => d.endMinute },
      ],
      rows,
    );
  }

  async insertPersonSkills(rows: readonly PersonSkillRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'person_skills',
      this.organisationId,
      [
        { name: 'person_id', type: 'uuid', value: (s) => s.personId },
        { name: 'skill_id', type: 'uuid', value: (s) => s.skillId },
        { name: 'kind', type: 'text', value: (s) => s.kind },
        { name: 'level', type: 'smallint', value: (s) => s.level },
        { name: 'priority', type: 'smallint', value: (s) => s.priority },
      ],
      rows,
    );
  }

  /** Creates learning profiles, or sets the support need of existing ones. */
  async upsertLearningProfiles(rows: readonly LearningProfileRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'learning_profiles',
      this.organisationId,
      [
        { name: 'person_id', type: 'uuid', value: (p) => p.personId },
        { name: 'support_need', type: 'smallint', value: (p) => p.supportNeed },
        {
          name: 'learning_ways',
          type: 'text',
          value: (p) => joinList(p.learningWays ?? []),
          expression: splitList('learning_ways'),
        },
      ],
      rows,
      `on conflict (person_id) do update set support_need = excluded.support_need, updated_at = now()
       where learning_profiles.organisation_id = excluded.organisation_id`,
    );
  }

  async insertLearningGoals(rows: readonly LearningGoalRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'learning_goals',
      this.organisationId,
      [
        { name: 'id', type: 'uuid', value: (g) => g.id },
        { name: 'person_id', type: 'uuid', value: (g) => g.personId },
        { name: 'title', type: 'text', value: (g) => g.title },
        { name: 'skill_id', type: 'uuid', value: (g) => g.skillId },
        { name: 'status', type: 'text', value: (g) => g.status },
        { name: 'progress', type: 'smallint', value: (g) => g.progress },
        { name: 'target_date', type: 'date', value: (g) => g.targetDate },
      ],
      rows,
    );
  }
}
