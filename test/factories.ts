import { randomBytes } from 'node:crypto';
import type { Actor, Role } from '../src/app/actor';
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

/** The caller of a use case, for tests that call use cases directly. */
export function actorFor(person: PersonRow, overrides: Partial<Actor> = {}): Actor {
  return {
    personId: person.id,
    organisationId: person.organisation_id,
    role: person.role,
    locale: 'en',
    name: person.name,
    email: person.email,
    isDemoOrganisation: false,
    ...overrides,
  };
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

export async function createSite(
  db: Database,
  organisationId: string,
  overrides: { name?: string; city?: string | null; timeZone?: string } = {},
): Promise<{ id: string; name: string }> {
  const [row] = await db.query<{ id: string; name: string }>(
    `insert into sites (organisation_id, name, city, time_zone) values ($1, $2, $3, $4)
     returning id, name`,
    [
      organisationId,
      overrides.name ?? `Site ${unique()}`,
      overrides.city ?? null,
      overrides.timeZone ?? 'Europe/Brussels',
    ],
  );
  return row;
}

export async function createSkill(
  db: Database,
  organisationId: string,
  overrides: { name?: string; category?: string; synonyms?: string[] } = {},
): Promise<{ id: string; name: string }> {
  const [row] = await db.query<{ id: string; name: string }>(
    `insert into skills (organisation_id, name, category, synonyms) values ($1, $2, $3, $4)
     returning id, name`,
    [
      organisationId,
      overrides.name ?? `Skill ${unique()}`,
      overrides.category ?? 'other',
      overrides.synonyms ?? [],
    ],
  );
  return row;
}

/** Sets one weekday of a person's week (1 = Monday); hours in minutes after midnight. */
export async function setWorkDay(
  db: Database,
  person: Pick<PersonRow, 'id' | 'organisation_id'>,
  day: {
    weekday: number;
    mode: 'office' | 'home' | 'off';
    siteId?: string | null;
    start?: number;
    end?: number;
  },
): Promise<void> {
  await db.query(
    `insert into work_days (organisation_id, person_id, weekday, mode, site_id, start_minute, end_minute)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (person_id, weekday) do update
       set mode = excluded.mode, site_id = excluded.site_id,
           start_minute = excluded.start_minute, end_minute = excluded.end_minute`,
    [
      person.organisation_id,
      person.id,
      day.weekday,
      day.mode,
      day.siteId ?? null,
      day.start ?? 540,
      day.end ?? 1020,
    ],
  );
}

/** A skill the person offers (level 1–5) or wants (priority 1–3). */
export async function addPersonSkill(
  db: Database,
  person: Pick<PersonRow, 'id' | 'organisation_id'>,
  skill: { id: string },
  want: { offered: number } | { wanted: number },
): Promise<void> {
  const offered = 'offered' in want;
  await db.query(
    `insert into person_skills (organisation_id, person_id, skill_id, kind, level, priority)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      person.organisation_id,
      person.id,
      skill.id,
      offered ? 'offered' : 'wanted',
      offered ? want.offered : null,
      offered ? null : want.wanted,
    ],
  );
}
