import type { Database } from '../../src/db/client';
import {
  createOrganisation,
  createPerson,
  createSite,
  createSkill,
  createTeam,
  type PersonRow,
  sessionFor,
  type TestSession,
} from '../factories';

/** Who calls: three roles of the main organisation, an admin of another one, and nobody. */
export const callers = ['employee', 'manager', 'admin', 'otherOrg', 'signedOut'] as const;
export type Caller = (typeof callers)[number];

/** Kinds of things a URL may point at by id; each has a stand-in in the other organisation. */
export type Kind = 'person' | 'team' | 'site' | 'skill' | 'goal';

export interface World {
  db: Database;
  /** The organisation every case is about. The employee reports to the manager. */
  main: {
    organisationId: string;
    employee: PersonRow;
    manager: PersonRow;
    admin: PersonRow;
    team: { id: string };
    site: { id: string };
    skill: { id: string };
  };
  /** The other organisation: its admin is the `otherOrg` caller. */
  other: { organisationId: string; admin: PersonRow };
  /** One thing of each kind in the other organisation. */
  foreign: Record<Kind, string>;
  sessions: Record<Exclude<Caller, 'signedOut'>, TestSession>;
  /** A fresh word for names and addresses that must be unique. */
  unique(): string;
}

let counter = 0;

export async function buildWorld(db: Database): Promise<World> {
  const mainId = (await createOrganisation(db, { name: 'Main organisation' })).id;
  const team = await createTeam(db, mainId, { name: 'Main team' });
  const manager = await createPerson(db, mainId, { role: 'manager', teamId: team.id });
  const employee = await createPerson(db, mainId, { managerId: manager.id, teamId: team.id });
  const admin = await createPerson(db, mainId, { role: 'admin' });
  const site = await createSite(db, mainId, { name: 'Main site' });
  const skill = await createSkill(db, mainId, { name: 'Main skill' });

  const otherId = (await createOrganisation(db, { name: 'Other organisation' })).id;
  const otherAdmin = await createPerson(db, otherId, { role: 'admin' });
  const [goal] = await db.query<{ id: string }>(
    `insert into learning_goals (organisation_id, person_id, title) values ($1, $2, 'Theirs')
     returning id`,
    [otherId, otherAdmin.id],
  );
  const foreign: Record<Kind, string> = {
    person: (await createPerson(db, otherId)).id,
    team: (await createTeam(db, otherId)).id,
    site: (await createSite(db, otherId)).id,
    skill: (await createSkill(db, otherId)).id,
    goal: goal.id,
  };

  return {
    db,
    main: { organisationId: mainId, employee, manager, admin, team, site, skill },
    other: { organisationId: otherId, admin: otherAdmin },
    foreign,
    sessions: {
      employee: await sessionFor(db, employee),
      manager: await sessionFor(db, manager),
      admin: await sessionFor(db, admin),
      otherOrg: await sessionFor(db, otherAdmin),
    },
    unique: () => `m${Date.now().toString(36)}${(counter++).toString(36)}`,
  };
}

/**
 * Tables whose rows belong to an organisation. A part that adds such a table adds it here, so
 * the matrix also proves that nobody outside changed it.
 */
export const organisationTables = [
  'people',
  'teams',
  'sites',
  'skills',
  'person_skills',
  'work_days',
  'learning_profiles',
  'learning_goals',
  'meetings',
  'meeting_attendees',
  'calendar_feeds',
  'checkin_settings',
  'checkin_rhythms',
  'checkins',
  'checkin_agenda_items',
  'checkin_notes',
  'checkin_actions',
  'rhythm_requests',
  'help_signals',
  'learning_goal_events',
  'notifications',
];

/** A fingerprint of everything an organisation holds: equal before and after means untouched. */
export async function organisationDigest(db: Database, organisationId: string): Promise<string> {
  const parts = await Promise.all([
    db.query<{ digest: string }>(
      `select md5(coalesce(string_agg(o::text, '|'), '')) as digest from organisations o
        where id = $1`,
      [organisationId],
    ),
    ...organisationTables.map((table) =>
      db.query<{ digest: string }>(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
           from ${table} t where organisation_id = $1`,
        [organisationId],
      ),
    ),
  ]);
  return parts.map(([row]) => row.digest).join(':');
}
