import { expect } from 'vitest';
import { createPerson, createSite, createSkill, createTeam } from '../factories';
import { type AccessCase, adminOnly, everyRole } from './cases';
import type { World } from './world';

/** People, profiles, goals, teams, sites, skills and organisation settings. */

const freshPerson = async (w: World) => (await createPerson(w.db, w.main.organisationId)).id;
const freshTeam = async (w: World) => (await createTeam(w.db, w.main.organisationId)).id;
const freshSite = async (w: World) => (await createSite(w.db, w.main.organisationId)).id;
const freshSkill = async (w: World) => (await createSkill(w.db, w.main.organisationId)).id;
const freshGoal = async (w: World) => {
  const [row] = await w.db.query<{ id: string }>(
    `insert into learning_goals (organisation_id, person_id, title) values ($1, $2, 'Goal')
     returning id`,
    [w.main.organisationId, w.main.employee.id],
  );
  return row.id;
};

const profileBody = (w: World) => ({
  name: 'Some One',
  jobTitle: null,
  languages: ['nl'],
  timeZone: 'Europe/Brussels',
  locale: 'en',
  startDate: null,
  seniority: null,
  workPattern: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    mode: weekday === 1 ? 'office' : 'home',
    siteId: weekday === 1 ? w.main.site.id : null,
  })),
  skillsOffered: [{ skillId: w.main.skill.id, level: 3 }],
  skillsWanted: [],
  supportNeed: 3,
  learningWays: ['video'],
});

export const peopleCases: AccessCase[] = [
  {
    method: 'GET',
    url: '/api/v1/me/profile',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
  {
    // The other organisation's admin names the main organisation's site and skill: unknown.
    method: 'PUT',
    url: '/api/v1/me/profile',
    body: profileBody,
    expect: { ...everyRole(200), otherOrg: 400, signedOut: 401 },
  },
  {
    method: 'GET',
    url: '/api/v1/me/goals',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'POST',
    url: '/api/v1/me/goals',
    body: (w) => ({ title: 'Learn', skillId: w.main.skill.id }),
    expect: { ...everyRole(201), otherOrg: 400, signedOut: 401 },
  },
  {
    // Goals are the employee's own: nobody else changes them, not even an admin.
    method: 'PATCH',
    url: '/api/v1/me/goals/:id',
    target: freshGoal,
    kind: 'goal',
    body: () => ({ progress: 50 }),
    expect: { employee: 200, manager: 404, admin: 404, otherOrg: 404, signedOut: 401 },
  },
  {
    method: 'DELETE',
    url: '/api/v1/me/goals/:id',
    target: freshGoal,
    kind: 'goal',
    expect: { employee: 204, manager: 404, admin: 404, otherOrg: 404, signedOut: 401 },
  },
  {
    method: 'GET',
    url: '/api/v1/people',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'GET',
    url: '/api/v1/people?status=all',
    expect: { employee: 403, manager: 403, admin: 200, otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'GET',
    url: '/api/v1/people/:id',
    target: async (w) => w.main.employee.id,
    kind: 'person',
    expect: { ...everyRole(200), otherOrg: 404, signedOut: 401 },
    check: (caller, body) => {
      const layers = ['learning', 'account'].filter((layer) => layer in body);
      const expected = {
        employee: ['learning', 'account'],
        manager: ['learning'],
        admin: ['learning', 'account'],
      };
      expect(layers).toEqual(expected[caller as keyof typeof expected]);
    },
  },
  {
    // A colleague of the employee (the manager's peer) sees the card only.
    method: 'GET',
    url: '/api/v1/people/:id',
    target: async (w) => w.main.admin.id,
    expect: { ...everyRole(200), otherOrg: 404, signedOut: 401 },
    check: (caller, body) => {
      expect('learning' in body).toBe(caller === 'admin');
    },
  },
  {
    // The other organisation's admin names a team of the main organisation: unknown.
    method: 'POST',
    url: '/api/v1/people',
    body: (w) => ({ name: 'New', email: `${w.unique()}@example.test`, teamId: w.main.team.id }),
    expect: { employee: 403, manager: 403, admin: 201, otherOrg: 400, signedOut: 401 },
  },
  {
    method: 'PATCH',
    url: '/api/v1/people/:id',
    target: freshPerson,
    kind: 'person',
    body: () => ({ jobTitle: 'Changed' }),
    expect: adminOnly(200),
  },
  {
    method: 'DELETE',
    url: '/api/v1/people/:id',
    target: freshPerson,
    kind: 'person',
    expect: adminOnly(204),
  },
  {
    method: 'GET',
    url: '/api/v1/teams',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'POST',
    url: '/api/v1/teams',
    body: (w) => ({ name: w.unique(), parentId: w.main.team.id }),
    expect: { employee: 403, manager: 403, admin: 201, otherOrg: 400, signedOut: 401 },
  },
  {
    method: 'PATCH',
    url: '/api/v1/teams/:id',
    target: freshTeam,
    kind: 'team',
    body: () => ({ department: 'Changed' }),
    expect: adminOnly(200),
  },
  {
    method: 'DELETE',
    url: '/api/v1/teams/:id',
    target: freshTeam,
    kind: 'team',
    expect: adminOnly(204),
  },
  {
    method: 'GET',
    url: '/api/v1/sites',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'POST',
    url: '/api/v1/sites',
    body: (w) => ({ name: w.unique() }),
    expect: { employee: 403, manager: 403, admin: 201, otherOrg: 201, signedOut: 401 },
  },
  {
    method: 'PATCH',
    url: '/api/v1/sites/:id',
    target: freshSite,
    kind: 'site',
    body: () => ({ city: 'Changed' }),
    expect: adminOnly(200),
  },
  {
    method: 'DELETE',
    url: '/api/v1/sites/:id',
    target: freshSite,
    kind: 'site',
    expect: adminOnly(204),
  },
  {
    method: 'GET',
    url: '/api/v1/skills?q=main',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'POST',
    url: '/api/v1/skills',
    body: (w) => ({ name: w.unique() }),
    expect: { employee: 403, manager: 403, admin: 201, otherOrg: 201, signedOut: 401 },
  },
  {
    method: 'PATCH',
    url: '/api/v1/skills/:id',
    target: freshSkill,
    kind: 'skill',
    body: () => ({ synonyms: ['changed'] }),
    expect: adminOnly(200),
  },
  {
    method: 'DELETE',
    url: '/api/v1/skills/:id',
    target: freshSkill,
    kind: 'skill',
    expect: adminOnly(204),
  },
  {
    method: 'GET',
    url: '/api/v1/organisation',
    expect: { employee: 403, manager: 403, admin: 200, otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'PATCH',
    url: '/api/v1/organisation',
    body: () => ({ videoLinkTemplate: 'https://meet.example.test/{id}' }),
    expect: { employee: 403, manager: 403, admin: 200, otherOrg: 200, signedOut: 401 },
  },
];
