import { createProgrammeRow } from '../programmeFactories';
import { type AccessCase, adminOnly, everyRole } from './cases';
import type { World } from './world';

/** Programmes, enrolment, the private don't-pair list and matching rounds. */

const freshProgramme = (w: World) => createProgrammeRow(w.db, w.main.organisationId, 'coffee');
const freshPreview = async (w: World) => {
  const programmeId = await freshProgramme(w);
  const [row] = await w.db.query<{ id: string }>(
    `insert into rounds (organisation_id, programme_id, number) values ($1, $2, 1) returning id`,
    [w.main.organisationId, programmeId],
  );
  return row.id;
};
const ownAdmin = (status: number) => ({ ...adminOnly(status), otherOrg: status });

export const programmeCases: AccessCase[] = [
  { method: 'GET', url: '/api/v1/programme-templates', expect: ownAdmin(200) },
  { method: 'GET', url: '/api/v1/programmes', expect: ownAdmin(200) },
  {
    method: 'POST',
    url: '/api/v1/programmes',
    body: () => ({ kind: 'coffee' }),
    expect: ownAdmin(201),
  },
  { method: 'GET', url: '/api/v1/programmes/:id', target: freshProgramme, expect: adminOnly(200) },
  {
    method: 'PATCH',
    url: '/api/v1/programmes/:id',
    target: freshProgramme,
    body: () => ({ meetingMinutes: 20 }),
    expect: adminOnly(200),
  },
  {
    method: 'GET',
    url: '/api/v1/programmes/:id/stats',
    target: freshProgramme,
    expect: adminOnly(200),
  },
  {
    method: 'POST',
    url: '/api/v1/programmes/:id/rounds',
    target: freshProgramme,
    expect: adminOnly(201),
  },
  {
    method: 'GET',
    url: '/api/v1/programmes/:id/rounds/current',
    target: freshProgramme,
    expect: adminOnly(200),
  },
  { method: 'GET', url: '/api/v1/rounds/:id', target: freshPreview, expect: adminOnly(200) },
  {
    method: 'POST',
    url: '/api/v1/rounds/:id/publish',
    target: freshPreview,
    expect: adminOnly(200),
  },
  {
    method: 'POST',
    url: '/api/v1/rounds/:id/discard',
    target: freshPreview,
    expect: adminOnly(204),
  },
  {
    method: 'GET',
    url: '/api/v1/me/programmes',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
  {
    method: 'PUT',
    url: '/api/v1/me/programmes/:id',
    target: freshProgramme,
    body: () => ({}),
    expect: { ...everyRole(200), otherOrg: 404, signedOut: 401 },
  },
  {
    method: 'GET',
    url: '/api/v1/me/pairing-blocks',
    expect: { ...everyRole(200), otherOrg: 200, signedOut: 401 },
  },
];
