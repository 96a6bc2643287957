import type { Sql } from '../client';

/**
 * Private calendar-feed addresses. A feed is found by the SHA-256 of its token; the token is kept
 * too, so the person's address can be shown again. A person has at most one active feed, and
 * revoking it stops the address at once.
 */
export class CalendarFeedRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  /** The person's feeds: the active one's token (null for one made before tokens were kept). */
  async state(
    personId: string,
  ): Promise<{ active: { token: string | null } | null; everMade: boolean }> {
    const rows = await this.sql.query<{ token: string | null; revoked_at: Date | null }>(
      `select token, revoked_at from calendar_feeds
        where organisation_id = $1 and person_id = $2
        order by revoked_at nulls first limit 1`,
      [this.organisationId, personId],
    );
    const [row] = rows;
    return {
      active: row && row.revoked_at === null ? { token: row.token } : null,
      everMade: row !== undefined,
    };
  }

  /** Revokes the person's active feed, if any, and starts a new one. */
  async replace(personId: string, token: string, tokenHash: string, now: Date): Promise<void> {
    await this.revoke(personId, now);
    await this.sql.query(
      `insert into calendar_feeds (token_hash, token, organisation_id, person_id, created_at)
       values ($1, $2, $3, $4, $5)`,
      [tokenHash, token, this.organisationId, personId, now],
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
