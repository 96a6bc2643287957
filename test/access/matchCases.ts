import { createPerson } from '../factories';
import { addParticipant, createMatch, createProgramme, createRound } from '../matchFactories';
import type { AccessCase } from './cases';
import type { World } from './world';

/** Pairings are their members' own: everyone else, admins included, finds nothing. */

const freshMatch = (status: 'proposed' | 'active') => async (w: World) => {
  const programme = await createProgramme(w.db, w.main.organisationId);
  const round = await createRound(w.db, programme);
  const partner = await createPerson(w.db, w.main.organisationId);
  await addParticipant(w.db, programme, w.main.employee);
  await addParticipant(w.db, programme, partner);
  return createMatch(w.db, round, [{ person: w.main.employee }, { person: partner }], { status });
};

const membersOnly = (status: number) => ({
  employee: status,
  manager: 404,
  admin: 404,
  otherOrg: 404,
  signedOut: 401,
});

export const matchCases: AccessCase[] = [
  {
    method: 'GET',
    url: '/api/v1/matches',
    expect: { employee: 200, manager: 200, admin: 200, otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'GET',
    url: '/api/v1/matches/:id',
    target: freshMatch('proposed'),
    expect: membersOnly(200),
  },
  {
    method: 'POST',
    url: '/api/v1/matches/:id/response',
    target: freshMatch('proposed'),
    body: () => ({ response: 'accept' }),
    expect: membersOnly(200),
  },
  {
    method: 'POST',
    url: '/api/v1/matches/:id/messages',
    target: freshMatch('active'),
    body: () => ({ body: 'A question' }),
    expect: membersOnly(201),
  },
  {
    method: 'PUT',
    url: '/api/v1/matches/:id/feedback',
    target: freshMatch('active'),
    body: () => ({ meetingOn: '2026-01-05', answer: 'yes', rating: 4 }),
    expect: membersOnly(200),
  },
  {
    method: 'POST',
    url: '/api/v1/matches/:id/end',
    target: freshMatch('active'),
    body: () => ({ reason: 'Done' }),
    expect: membersOnly(200),
  },
];
