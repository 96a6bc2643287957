import type { Sql } from '../client';
import type { Ref } from './people';

export interface GoalEventRecord {
  id: string;
  goalId: string;
  author: Ref | null;
  changes: Record<string, unknown>;
  createdAt: Date;
}

/** The history of a learning goal: who changed which fields, to what. */
export class GoalEventRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async add(goalId: string, authorId: string, changes: Record<string, unknown>, now: Date) {
    await this.sql.query(
      `insert into learning_goal_events (organisation_id, goal_id, author_id, changes, created_at)
       values ($1, $2, $3, $4, $5)`,
      [this.organisationId, goalId, authorId, JSON.stringify(changes), now],
    );
  }

  async listFor(goalIds: readonly string[]): Promise<GoalEventRecord[]> {
    if (goalIds.length === 0) return [];
    const rows = await this.sql.query<{
      id: string;
      goal_id: string;
      author_id: string | null;
      author_name: string | null;
      changes: Record<string, unknown>;
      created_at: Date;
    }>(
      `select e.id, e.goal_id, e.author_id, a.name as author_name, e.changes, e.created_at
         from learning_goal_events e
         left join people a on a.organisation_id = e.organisation_id and a.id = e.author_id
        where e.organisation_id = $1 and e.goal_id = any($2::uuid[])
        order by e.created_at desc, e.seq desc`,
      [this.organisationId, goalIds],
    );
    return rows.map((row) => ({
      id: row.id,
      goalId: row.goal_id,
      author:
        row.author_id && row.author_name ? { id: row.author_id, name: row.author_name } : null,
      changes: row.changes,
      createdAt: row.created_at,
    }));
  }
}
