import type { Role } from '../../app/actor';
import type { Locale } from '../../i18n/locales';
import type { Sql } from '../client';

/** A person as sign-in sees them: who they are, where, and the hash to check a password against. */
export interface SignInAccount {
  personId: string;
  organisationId: string;
  organisationName: string;
  isDemoOrganisation: boolean;
  name: string;
  email: string;
  locale: Locale;
  passwordHash: string | null;
}

/**
 * The only reads across organisations: before anyone is signed in, an e-mail address is all
 * there is, and the same address may belong to a person in more than one organisation.
 */
export class SignInRepository {
  constructor(private readonly sql: Sql) {}

  /** Active people with this (lower-case) address, oldest organisation first. */
  async findByEmail(email: string): Promise<SignInAccount[]> {
    const rows = await this.sql.query<{
      person_id: string;
      organisation_id: string;
      organisation_name: string;
      is_demo: boolean;
      name: string;
      email: string;
      locale: Locale;
      password_hash: string | null;
    }>(
      `select p.id as person_id, p.organisation_id, o.name as organisation_name, o.is_demo,
              p.name, p.email, p.locale, p.password_hash
         from people p
         join organisations o on o.id = p.organisation_id
        where p.email = $1 and p.status = 'active'
        order by o.created_at, o.id`,
      [email],
    );
    return rows.map((row) => ({
      personId: row.person_id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      isDemoOrganisation: row.is_demo,
      name: row.name,
      email: row.email,
      locale: row.locale,
      passwordHash: row.password_hash,
    }));
  }
}

/** The signed-in person with their organisation: what `GET /api/v1/me` shows. */
export interface AccountProfile {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: Locale;
  status: 'active' | 'inactive';
  organisation: { id: string; name: string; isDemo: boolean };
}

/** Credentials and preferences of the people of one organisation. */
export class AccountRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async find(personId: string): Promise<AccountProfile | null> {
    const rows = await this.sql.query<{
      id: string;
      name: string;
      email: string;
      role: Role;
      locale: Locale;
      status: 'active' | 'inactive';
      organisation_id: string;
      organisation_name: string;
      is_demo: boolean;
    }>(
      `select p.id, p.name, p.email, p.role, p.locale, p.status,
              o.id as organisation_id, o.name as organisation_name, o.is_demo
         from people p
         join organisations o on o.id = p.organisation_id
        where p.organisation_id = $1 and p.id = $2`,
      [this.organisationId, personId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      locale: row.locale,
      status: row.status,
      organisation: { id: row.organisation_id, name: row.organisation_name, isDemo: row.is_demo },
    };
  }

  async setPasswordHash(personId: string, passwordHash: string, now: Date): Promise<void> {
    await this.sql.query(
      `update people set password_hash = $3, updated_at = $4
        where organisation_id = $1 and id = $2`,
      [this.organisationId, personId, passwordHash, now],
    );
  }

  async setLocale(personId: string, locale: Locale, now: Date): Promise<void> {
    await this.sql.query(
      'update people set locale = $3, updated_at = $4 where organisation_id = $1 and id = $2',
      [this.organisationId, personId, locale, now],
    );
  }
}
