import type { Actor } from '../../app/actor';
import type { Sql } from '../client';

export interface SessionRecord {
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Sessions live in the database so that any server instance can serve any request. Looked up by
 * the SHA-256 of the cookie's token; the organisation comes from the session row itself.
 */
export class SessionRepository {
  constructor(private readonly sql: Sql) {}

  async findActive(tokenHash: string, now: Date): Promise<SessionRecord | null> {
    const rows = await this.sql.query<{
      person_id: string;
      organisation_id: string;
      role: Actor['role'];
      locale: Actor['locale'];
      name: string;
      email: string;
      is_demo: boolean;
      csrf_token: string;
      expires_at: Date;
    }>(
      `select p.id as person_id, p.organisation_id, p.role, p.locale, p.name, p.email, o.is_demo,
              s.csrf_token, s.expires_at
         from sessions s
         join people p on p.organisation_id = s.organisation_id and p.id = s.person_id
         join organisations o on o.id = s.organisation_id
        where s.id = $1 and s.expires_at > $2 and p.status = 'active'`,
      [tokenHash, now],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      actor: {
        personId: row.person_id,
        organisationId: row.organisation_id,
        role: row.role,
        locale: row.locale,
        name: row.name,
        email: row.email,
        isDemoOrganisation: row.is_demo,
      },
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
    };
  }

  async create(input: {
    tokenHash: string;
    organisationId: string;
    personId: string;
    csrfToken: string;
    expiresAt: Date;
  }): Promise<void> {
    await this.sql.query(
      `insert into sessions (id, organisation_id, person_id, csrf_token, expires_at)
       values ($1, $2, $3, $4, $5)`,
      [input.tokenHash, input.organisationId, input.personId, input.csrfToken, input.expiresAt],
    );
  }

  async delete(tokenHash: string): Promise<void> {
    await this.sql.query('delete from sessions where id = $1', [tokenHash]);
  }

  /** Clears a person's expired sessions; done at each sign-in so the table does not only grow. */
  async deleteExpiredFor(organisationId: string, personId: string, now: Date): Promise<void> {
    await this.sql.query(
      `delete from sessions
        where organisation_id = $1 and person_id = $2 and expires_at <= $3`,
      [organisationId, personId, now],
    );
  }

  async deleteAllFor(organisationId: string, personId: string): Promise<void> {
    await this.sql.query('delete from sessions where organisation_id = $1 and person_id = $2', [
      organisationId,
      personId,
    ]);
  }
}
