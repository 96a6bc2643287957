import type { Database } from '../src/db/client';
import {
  createOrganisation,
  createPerson,
  type PersonRow,
  sessionFor,
  type TestSession,
} from './factories';

export interface ReportingLine {
  organisationId: string;
  /** The manager's manager. */
  director: PersonRow;
  manager: PersonRow;
  employee: PersonRow;
  /** A manager of another team in the same organisation. */
  otherManager: PersonRow;
  admin: PersonRow;
  sessions: Record<'director' | 'manager' | 'employee' | 'otherManager' | 'admin', TestSession>;
}

/** director → manager → employee, plus a manager beside them and an admin. */
export async function createReportingLine(
  db: Database,
  overrides: { employeeStartDate?: string | null } = {},
): Promise<ReportingLine> {
  const organisationId = (await createOrganisation(db)).id;
  const director = await createPerson(db, organisationId, {
    role: 'manager',
    name: 'Dana Director',
  });
  const manager = await createPerson(db, organisationId, {
    role: 'manager',
    name: 'Mia Manager',
    managerId: director.id,
  });
  const employee = await createPerson(db, organisationId, {
    name: 'Eli Employee',
    managerId: manager.id,
    startDate: overrides.employeeStartDate ?? '2020-01-01',
  });
  const otherManager = await createPerson(db, organisationId, {
    role: 'manager',
    name: 'Olga Other',
    managerId: director.id,
  });
  const admin = await createPerson(db, organisationId, { role: 'admin', name: 'Ada Admin' });
  return {
    organisationId,
    director,
    manager,
    employee,
    otherManager,
    admin,
    sessions: {
      director: await sessionFor(db, director),
      manager: await sessionFor(db, manager),
      employee: await sessionFor(db, employee),
      otherManager: await sessionFor(db, otherManager),
      admin: await sessionFor(db, admin),
    },
  };
}

export async function setSupportNeed(
  db: Database,
  person: Pick<PersonRow, 'id' | 'organisation_id'>,
  supportNeed: number,
): Promise<void> {
  await db.query(
    `insert into learning_profiles (organisation_id, person_id, support_need) values ($1, $2, $3)
     on conflict (person_id) do update set support_need = excluded.support_need`,
    [person.organisation_id, person.id, supportNeed],
  );
}

export async function allowSkipLevel(db: Database, organisationId: string): Promise<void> {
  await db.query(
    `insert into checkin_settings (organisation_id, skip_level_read) values ($1, true)
     on conflict (organisation_id) do update set skip_level_read = true`,
    [organisationId],
  );
}

/** A check-in written straight to the database, e.g. one held months ago. */
export async function insertCheckin(
  db: Database,
  input: {
    person: Pick<PersonRow, 'id' | 'organisation_id'>;
    manager: Pick<PersonRow, 'id'>;
    scheduledOn: string;
    dueOn?: string;
    heldOn?: string | null;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into checkins (organisation_id, person_id, manager_id, scheduled_on, due_on, status, held_on)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      input.person.organisation_id,
      input.person.id,
      input.manager.id,
      input.scheduledOn,
      input.dueOn ?? input.scheduledOn,
      input.heldOn ? 'held' : 'planned',
      input.heldOn ?? null,
    ],
  );
  return row.id;
}

/** An active buddy pairing between two people. */
export async function createBuddyPair(
  db: Database,
  organisationId: string,
  a: { id: string },
  b: { id: string },
): Promise<string> {
  const [programme] = await db.query<{ id: string }>(
    `insert into programmes (organisation_id, kind, name, status)
     values ($1, 'buddy', '{"en":"Buddies","nl":"Buddy''s"}', 'active') returning id`,
    [organisationId],
  );
  const [round] = await db.query<{ id: string }>(
    `insert into rounds (organisation_id, programme_id, number, status)
     values ($1, $2, 1, 'published') returning id`,
    [organisationId, programme.id],
  );
  const [match] = await db.query<{ id: string }>(
    `insert into matches (organisation_id, programme_id, round_id, status)
     values ($1, $2, $3, 'active') returning id`,
    [organisationId, programme.id, round.id],
  );
  for (const person of [a, b]) {
    await db.query(
      `insert into match_members (organisation_id, match_id, person_id, response)
       values ($1, $2, $3, 'accepted')`,
      [organisationId, match.id, person.id],
    );
  }
  return match.id;
}
