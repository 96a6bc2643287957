import type { Sql } from '../client';

export interface NotificationRecord {
  id: string;
  kind: string;
  params: Record<string, string | number>;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * In-app notifications. Only the kind and its params are stored: the text comes from the
 * translation `notifications:<kind>` when read, in the reader's language.
 */
export class NotificationRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async add(input: {
    personId: string;
    kind: string;
    params?: Record<string, string | number>;
    link?: string | null;
    now: Date;
  }): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into notifications (organisation_id, person_id, kind, params, link, created_at)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [
        this.organisationId,
        input.personId,
        input.kind,
        JSON.stringify(input.params ?? {}),
        input.link ?? null,
        input.now,
      ],
    );
    return row.id;
  }

  /** The person's latest notifications, the newest first. */
  async listFor(personId: string, limit: number): Promise<NotificationRecord[]> {
    const rows = await this.sql.query<{
      id: string;
      kind: string;
      params: Record<string, string | number>;
      link: string | null;
      created_at: Date;
      read_at: Date | null;
    }>(
      `select id, kind, params, link, created_at, read_at from notifications
        where organisation_id = $1 and person_id = $2
        order by created_at desc, id desc limit $3`,
      [this.organisationId, personId, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      params: row.params,
      link: row.link,
      createdAt: row.created_at,
      readAt: row.read_at,
    }));
  }

  async countUnread(personId: string): Promise<number> {
    const [row] = await this.sql.query<{ count: number }>(
      `select count(*)::int as count from notifications
        where organisation_id = $1 and person_id = $2 and read_at is null`,
      [this.organisationId, personId],
    );
    return row.count;
  }

  /** Whether the person has this notification (read or not). */
  async markRead(personId: string, id: string, now: Date): Promise<boolean> {
    const rows = await this.sql.query(
      `update notifications set read_at = coalesce(read_at, $4)
        where organisation_id = $1 and person_id = $2 and id = $3 returning id`,
      [this.organisationId, personId, id, now],
    );
    return rows.length > 0;
  }

  async markAllRead(personId: string, now: Date): Promise<void> {
    await this.sql.query(
      `update notifications set read_at = $3
        where organisation_id = $1 and person_id = $2 and read_at is null`,
      [this.organisationId, personId, now],
    );
  }
}
