import { randomBytes } from 'node:crypto';
import type { Role } from '../src/app/actor';
import type { Database } from '../src/db/client';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../src/http/context';
import { hashToken } from '../src/http/session';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface OrganisationRow {
  id: string;
  name: string;
}

export async function createOrganisation(
  db: Database,
  overrides: { name?: string; isDemo?: boolean } = {},
): Promise<OrganisationRow> {
  const [row] = await db.query<OrganisationRow>(
    'insert into organisations (name, is_demo) values ($1, $2) returning id, name',
    [overrides.name ?? `Org ${unique()}`, overrides.isDemo ?? false],
  );
  return row;
}

export interface PersonRow {
  id: string;
  organisation_id: string;
  email: string;
  name: string;
  role: Role;
}

export async function createTeam(
  db: Database,
  organisationId: string,
  overrides: { name?: string; parentId?: string | null; managerId?: string | null } = {},
): Promise<{ id: string; name: string }> {
  const [row] = await db.query<{ id: string; name: string }>(
    `insert into teams (organisation_id, name, parent_id, manager_id) values ($1, $2, $3, $4)
     returning id, name`,
    [
      organisationId,
      overrides.name ?? `Team ${unique()}`,
      overrides.parentId ?? null,
      overrides.managerId ?? null,
    ],
  );
  return row;
}

export async function createPerson(
  db: Database,
  organisationId: string,
  overrides: {
    name?: string;
    email?: string;
    role?: Role;
    managerId?: string | null;
    teamId?: string | null;
    locale?: 'nl' | 'en';
    passwordHash?: string | null;
    startDate?: string | null;
  } = {},
): Promise<PersonRow> {
  const id = unique();
  const [row] = await db.query<PersonRow>(
    `insert into people (organisation_id, email, name, role, manager_id, team_id, locale, password_hash, start_date)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     returning id, organisation_id, email, name, role`,
    [
      organisationId,
      overrides.email ?? `person-${id}@example.test`,
      overrides.name ?? `Person ${id}`,
      overrides.role ?? 'employee',
      overrides.managerId ?? null,
      overrides.teamId ?? null,
      overrides.locale ?? 'en',
      overrides.passwordHash ?? null,
      overrides.startDate ?? null,
    ],
  );
  return row;
}

export interface TestSession {
  /** Headers for app.inject: the session cookie, and the CSRF header changing requests need. */
  headers: Record<string, string>;
  csrfToken: string;
}

/** A signed-in session made directly in the database, so tests need not go through the login. */
export async function sessionFor(db: Database, person: PersonRow): Promise<TestSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.query(
    `insert into sessions (id, organisation_id, person_id, csrf_token, expires_at)
     values ($1, $2, $3, $4, now() + interval '1 day')`,
    [hashToken(token), person.organisation_id, person.id, csrfToken],
  );
  return {
    csrfToken,
    headers: {
      cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrfToken}`,
      [CSRF_HEADER]: csrfToken,
    },
  };
}
