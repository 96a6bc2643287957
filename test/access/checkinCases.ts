import { insertCheckin } from '../checkinFactories';
import { createPerson } from '../factories';
import { type AccessCase, adminOnly, everyRole } from './cases';
import type { World } from './world';

/** Check-ins, team view, rhythms, raised hands and notifications. */

const once = <T>(make: (w: World) => Promise<T>) => {
  const made = new WeakMap<World, Promise<T>>();
  return (w: World) => {
    if (!made.has(w)) made.set(w, make(w));
    return made.get(w)!;
  };
};

/** The main employee's planned check-in with the manager, made once per world. */
const employeeCheckin = once((w) =>
  insertCheckin(w.db, {
    person: w.main.employee,
    manager: w.main.manager,
    scheduledOn: '2099-01-05',
  }),
);

/** A fresh report of the manager with a planned check-in, for changes that close it. */
const freshCheckin = async (w: World) => {
  const person = await createPerson(w.db, w.main.organisationId, { managerId: w.main.manager.id });
  return insertCheckin(w.db, { person, manager: w.main.manager, scheduledOn: '2099-01-05' });
};

const freshReport = async (w: World) =>
  (await createPerson(w.db, w.main.organisationId, { managerId: w.main.manager.id })).id;

const employeeSignal = async (w: World) => {
  const [row] = await w.db.query<{ id: string }>(
    `insert into help_signals (organisation_id, person_id, manager_id, body)
     values ($1, $2, $3, 'Help') returning id`,
    [w.main.organisationId, w.main.employee.id, w.main.manager.id],
  );
  return row.id;
};

const employeeNotification = async (w: World) => {
  const [row] = await w.db.query<{ id: string }>(
    `insert into notifications (organisation_id, person_id, kind) values ($1, $2, 'rhythm_changed')
     returning id`,
    [w.main.organisationId, w.main.employee.id],
  );
  return row.id;
};

const employeeAction = async (w: World) => {
  const checkinId = await employeeCheckin(w);
  const [row] = await w.db.query<{ id: string }>(
    `insert into checkin_actions (organisation_id, person_id, checkin_id, owner_id, title, created_by)
     values ($1, $2, $3, $2, 'Do it', $4) returning id`,
    [w.main.organisationId, w.main.employee.id, checkinId, w.main.manager.id],
  );
  return row.id;
};

/** Seen by the person and their manager only; everyone else finds nothing. */
const personAndManager = (status: number) => ({
  employee: status,
  manager: status,
  admin: 404,
  otherOrg: 404,
  signedOut: 401,
});

const managerOnly = (status: number, employee = 403) => ({
  ...personAndManager(status),
  employee,
});

export const checkinCases: AccessCase[] = [
  {
    method: 'GET',
    url: '/api/v1/me/checkins',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'POST',
    url: '/api/v1/me/rhythm-requests',
    body: () => ({ direction: 'more' }),
    expect: { ...everyRole(201), otherOrg: 201, signedOut: 401 },
  },
  {
    method: 'GET',
    url: '/api/v1/team',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'GET',
    url: '/api/v1/people/:id/timeline',
    target: async (w) => w.main.employee.id,
    kind: 'person',
    expect: managerOnly(200),
  },
  {
    method: 'PUT',
    url: '/api/v1/people/:id/rhythm',
    target: async (w) => w.main.employee.id,
    kind: 'person',
    body: () => ({ weeks: 2, reason: 'Busy quarter' }),
    expect: managerOnly(200),
  },
  {
    method: 'POST',
    url: '/api/v1/people/:id/checkins',
    target: freshReport,
    kind: 'person',
    body: () => ({ scheduledOn: '2099-02-01' }),
    expect: managerOnly(201, 404),
  },
  {
    method: 'POST',
    url: '/api/v1/people/:id/goals',
    target: async (w) => w.main.employee.id,
    kind: 'person',
    body: () => ({ title: 'Learn SQL' }),
    expect: personAndManager(201),
  },
  {
    method: 'PATCH',
    url: `/api/v1/people/:id/goals/00000000-0000-4000-8000-000000000000`,
    target: async (w) => w.main.employee.id,
    kind: 'person',
    body: () => ({ progress: 10 }),
    expect: personAndManager(404),
  },
  {
    method: 'GET',
    url: '/api/v1/checkins/:id',
    target: employeeCheckin,
    expect: personAndManager(200),
  },
  {
    method: 'PATCH',
    url: '/api/v1/checkins/:id',
    target: employeeCheckin,
    body: () => ({ scheduledOn: '2099-01-06' }),
    expect: managerOnly(200),
  },
  {
    method: 'POST',
    url: '/api/v1/checkins/:id/agenda',
    target: employeeCheckin,
    body: () => ({ body: 'A point' }),
    expect: personAndManager(201),
  },
  {
    method: 'POST',
    url: '/api/v1/checkins/:id/notes',
    target: employeeCheckin,
    body: () => ({ body: 'Only mine', visibility: 'private' }),
    expect: managerOnly(201),
  },
  {
    method: 'POST',
    url: '/api/v1/checkins/:id/actions',
    target: employeeCheckin,
    body: (w) => ({ title: 'Try it', ownerId: w.main.employee.id }),
    expect: personAndManager(201),
  },
  {
    method: 'POST',
    url: '/api/v1/checkins/:id/pulse',
    target: employeeCheckin,
    body: () => ({ support: 4, rhythm: 'same' }),
    expect: { ...personAndManager(200), manager: 403 },
  },
  {
    method: 'POST',
    url: '/api/v1/checkins/:id/hold',
    target: freshCheckin,
    expect: managerOnly(200, 404),
  },
  {
    method: 'POST',
    url: '/api/v1/checkins/:id/cancel',
    target: freshCheckin,
    expect: managerOnly(200, 404),
  },
  {
    method: 'PATCH',
    url: '/api/v1/checkin-actions/:id',
    target: employeeAction,
    body: () => ({ done: true }),
    expect: personAndManager(200),
  },
  {
    method: 'GET',
    url: '/api/v1/checkin-settings',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'PATCH',
    url: '/api/v1/checkin-settings',
    body: () => ({ newJoinerWeeks: 2 }),
    expect: { ...adminOnly(200), otherOrg: 200 },
  },
  { method: 'GET', url: '/api/v1/checkin-stats', expect: { ...adminOnly(200), otherOrg: 200 } },
  {
    method: 'POST',
    url: '/api/v1/me/help-signals',
    body: () => ({ body: 'I need help with testing' }),
    expect: { ...everyRole(201), otherOrg: 201, signedOut: 401 },
  },
  {
    method: 'GET',
    url: '/api/v1/help-signals/:id',
    target: employeeSignal,
    expect: personAndManager(200),
  },
  {
    method: 'PATCH',
    url: '/api/v1/help-signals/:id',
    target: employeeSignal,
    body: () => ({ status: 'acknowledged', response: 'On it' }),
    expect: managerOnly(200),
  },
  {
    method: 'GET',
    url: '/api/v1/me/notifications',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'POST',
    url: '/api/v1/me/notifications/:id/read',
    target: employeeNotification,
    expect: { employee: 200, manager: 404, admin: 404, otherOrg: 404, signedOut: 401 },
  },
  {
    method: 'POST',
    url: '/api/v1/me/notifications/read-all',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
];
