import type { Sql } from '../client';

/**
 * Sign-in attempts per e-mail address, kept in the database so that every server instance
 * counts the same failures. Not tied to an organisation: the address is all a caller gives.
 */
export class LoginAttemptRepository {
  constructor(private readonly sql: Sql) {}

  /**
   * Records an attempt as failed before its password is checked, so that attempts running at
   * the same moment already count against each other; `succeeded` corrects it afterwards.
   */
  async start(email: string, at: Date): Promise<number> {
    const [row] = await this.sql.query<{ id: number }>(
      'insert into login_attempts (email, succeeded, at) values ($1, false, $2) returning id',
      [email, at],
    );
    return row.id;
  }

  async succeeded(id: number): Promise<void> {
    await this.sql.query('update login_attempts set succeeded = true where id = $1', [id]);
  }

  /** Takes back an attempt that was refused before its password was checked. */
  async forget(id: number): Promise<void> {
    await this.sql.query('delete from login_attempts where id = $1', [id]);
  }

  /**
   * Times of the other failed attempts for the address after `since` that came after its last
   * success.
   */
  async failuresSince(email: string, since: Date, except: number): Promise<Date[]> {
    const rows = await this.sql.query<{ at: Date }>(
      `select at from login_attempts f
        where f.email = $1 and not f.succeeded and f.at > $2 and f.id <> $3
          and not exists (
            select 1 from login_attempts s
             where s.email = f.email and s.succeeded and s.at >= f.at
          )
        order by at desc`,
      [email, since, except],
    );
    return rows.map((row) => row.at);
  }

  /** Forgets an address's attempts older than `before`; they no longer count for anything. */
  async prune(email: string, before: Date): Promise<void> {
    await this.sql.query('delete from login_attempts where email = $1 and at < $2', [
      email,
      before,
    ]);
  }
}
