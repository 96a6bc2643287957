import type { Sql } from '../client';

export type AuthTokenPurpose = 'password_reset' | 'invitation';

export interface RedeemedToken {
  organisationId: string;
  personId: string;
}

/**
 * Single-use links for password reset and invitations, stored as SHA-256 hashes of the token
 * sent by mail. Found by that hash alone (whoever follows a link is not signed in); the
 * organisation comes from the token row.
 */
export class AuthTokenRepository {
  constructor(private readonly sql: Sql) {}

  async create(input: {
    tokenHash: string;
    organisationId: string;
    personId: string;
    purpose: AuthTokenPurpose;
    createdAt: Date;
    expiresAt: Date;
  }): Promise<void> {
    await this.sql.query(
      `insert into auth_tokens (id, organisation_id, person_id, purpose, created_at, expires_at)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        input.tokenHash,
        input.organisationId,
        input.personId,
        input.purpose,
        input.createdAt,
        input.expiresAt,
      ],
    );
  }

  /**
   * Marks the token used and says whose it was, or null when it is unknown, expired, already
   * used or meant for something else. One statement, so two requests cannot both use it.
   */
  async redeem(
    tokenHash: string,
    purpose: AuthTokenPurpose,
    now: Date,
  ): Promise<RedeemedToken | null> {
    const rows = await this.sql.query<{ organisation_id: string; person_id: string }>(
      `update auth_tokens set used_at = $3
        where id = $1 and purpose = $2 and used_at is null and expires_at > $3
        returning organisation_id, person_id`,
      [tokenHash, purpose, now],
    );
    const row = rows[0];
    return row ? { organisationId: row.organisation_id, personId: row.person_id } : null;
  }

  /** Ends every open link of a person, e.g. once they have chosen a new password. */
  async revokeAllFor(organisationId: string, personId: string, now: Date): Promise<void> {
    await this.sql.query(
      `update auth_tokens set used_at = $3
        where organisation_id = $1 and person_id = $2 and used_at is null`,
      [organisationId, personId, now],
    );
  }
}
