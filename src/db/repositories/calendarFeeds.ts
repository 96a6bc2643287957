import type { Sql } from '../client';

/**
 * Private calendar-feed addresses. Only the SHA-256 of a feed's token is stored; a person has at
 * most one active feed, and revoking it stops the address at once.
 */
export class CalendarFeedRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async hasActive(personId: string): Promise<boolean> {
    const rows = await this.sql.query(
      `select 1 from calendar_feeds
        where organisation_id = $1 and person_id = $2 and revoked_at is null`,
      [this.organisationId, personId],
    );
    return rows.length > 0;
  }

  /** Revokes the person's active feed, if any, and starts a new one. */
  async replace(personId: string, tokenHash: string, now: Date): Promise<void> {
    await this.revoke(personId, now);
    await this.sql.query(
      `insert into calendar_feeds (token_hash, organisation_id, person_id, created_at)
       values ($1, $2, $3, $4)`,
      [tokenHash, this.organisationId, personId, now],
    );
  }

  async revoke(personId: string, now: Date): Promise<void> {
    await this.sql.query(
      `update calendar_feeds set revoked_at = $3
        where organisation_id = $1 and person_id = $2 and revoked_at is null`,
      [this.organisationId, personId, now],
    );
  }
}

/**
 * Whose feed a token opens, before any organisation is known (the address carries no cookie).
 * Only active people's active feeds answer.
 */
export async function findFeedOwner(
  sql: Sql,
  tokenHash: string,
): Promise<{ organisationId: string; personId: string } | null> {
  const rows = await sql.query<{ organisation_id: string; person_id: string }>(
    `select f.organisation_id, f.person_id
       from calendar_feeds f
       join people p on p.organisation_id = f.organisation_id and p.id = f.person_id
      where f.token_hash = $1 and f.revoked_at is null and p.status = 'active'`,
    [tokenHash],
  );
  const row = rows[0];
  return row ? { organisationId: row.organisation_id, personId: row.person_id } : null;
}
