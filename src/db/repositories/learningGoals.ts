import type { GoalStatus } from '../../domain/people/vocabulary';
import type { Sql } from '../client';
import type { Ref } from './people';

export interface GoalRecord {
  id: string;
  personId: string;
  title: string;
  why: string | null;
  skill: Ref | null;
  targetDate: string | null;
  status: GoalStatus;
  progress: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface GoalFields {
  title: string;
  why: string | null;
  skillId: string | null;
  targetDate: string | null;
  status: GoalStatus;
  progress: number;
}

const COLUMNS: Record<keyof GoalFields, string> = {
  title: 'title',
  why: 'why',
  skillId: 'skill_id',
  targetDate: 'target_date',
  status: 'status',
  progress: 'progress',
};

interface GoalRow {
  id: string;
  person_id: string;
  title: string;
  why: string | null;
  skill_id: string | null;
  skill_name: string | null;
  target_date: string | null;
  status: GoalStatus;
  progress: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `select g.id, g.person_id, g.title, g.why, g.skill_id, s.name as skill_name,
                       g.target_date, g.status, g.progress, g.created_at, g.updated_at
                  from learning_goals g
                  left join skills s on s.organisation_id = g.organisation_id and s.id = g.skill_id`;

function toRecord(row: GoalRow): GoalRecord {
  return {
    id: row.id,
    personId: row.person_id,
    title: row.title,
    why: row.why,
    skill: row.skill_id && row.skill_name ? { id: row.skill_id, name: row.skill_name } : null,
    targetDate: row.target_date,
    status: row.status,
    progress: row.progress,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Personal learning goals; every query names the person as well as the organisation. */
export class LearningGoalRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  /** Open goals first, the nearest target date first, then the newest. */
  async listFor(personId: string): Promise<GoalRecord[]> {
    const rows = await this.sql.query<GoalRow>(
      `${SELECT}
        where g.organisation_id = $1 and g.person_id = $2
        order by g.status in ('done', 'dropped'), g.target_date nulls last, g.created_at desc, g.id`,
      [this.organisationId, personId],
    );
    return rows.map(toRecord);
  }

  async find(personId: string, goalId: string): Promise<GoalRecord | null> {
    const rows = await this.sql.query<GoalRow>(
      `${SELECT} where g.organisation_id = $1 and g.person_id = $2 and g.id = $3`,
      [this.organisationId, personId, goalId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async create(personId: string, fields: GoalFields, now: Date): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into learning_goals (organisation_id, person_id, title, why, skill_id, target_date,
                                   status, progress, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       returning id`,
      [
        this.organisationId,
        personId,
        fields.title,
        fields.why,
        fields.skillId,
        fields.targetDate,
        fields.status,
        fields.progress,
        now,
      ],
    );
    return row.id;
  }

  async update(
    personId: string,
    goalId: string,
    fields: Partial<GoalFields>,
    now: Date,
  ): Promise<void> {
    const entries = Object.entries(fields).filter(([, value]) => value !== undefined) as [
      keyof GoalFields,
      unknown,
    ][];
    const assignments = entries.map(([key], index) => `${COLUMNS[key]} = $${index + 5}`);
    await this.sql.query(
      `update learning_goals set ${[...assignments, 'updated_at = $4'].join(', ')}
        where organisation_id = $1 and person_id = $2 and id = $3`,
      [this.organisationId, personId, goalId, now, ...entries.map(([, value]) => value)],
    );
  }

  /** Whether a goal was there to delete. */
  async delete(personId: string, goalId: string): Promise<boolean> {
    const rows = await this.sql.query(
      `delete from learning_goals where organisation_id = $1 and person_id = $2 and id = $3
       returning id`,
      [this.organisationId, personId, goalId],
    );
    return rows.length > 0;
  }
}
