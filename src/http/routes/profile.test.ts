import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  createOrganisation,
  createPerson,
  createSite,
  createSkill,
  createTeam,
  type PersonRow,
  sessionFor,
  type TestSession,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';
import type { MyProfileBody } from '../../contracts/profile';

describeEachDatabase('my profile', (db) => {
  let server: TestServer;
  let me: PersonRow;
  let session: TestSession;
  let gent: { id: string };
  let excel: { id: string };
  let powerBi: { id: string };
  let strangerSkill: { id: string };

  function body(overrides: Partial<MyProfileBody> = {}): MyProfileBody {
    return {
      name: 'Anna de Smet',
      jobTitle: 'Accountant',
      languages: ['nl', 'fr'],
      timeZone: 'Europe/Brussels',
      locale: 'nl',
      startDate: '2024-03-01',
      seniority: 'medior',
      workPattern: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        mode: weekday === 2 || weekday === 4 ? 'office' : weekday <= 5 ? 'home' : 'off',
        siteId: weekday === 2 || weekday === 4 ? gent.id : null,
        startTime: '08:30',
        endTime: '17:00',
      })),
      skillsOffered: [{ skillId: excel.id, level: 4 }],
      skillsWanted: [{ skillId: powerBi.id, priority: 3 }],
      supportNeed: 4,
      learningWays: ['colleagues', 'video'],
      ...overrides,
    };
  }

  const put = (payload: unknown, headers = session.headers) =>
    server.app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers,
      payload: payload as object,
    });

  beforeAll(async () => {
    server = await startTestServer(db());
    const org = await createOrganisation(db());
    const team = await createTeam(db(), org.id, { name: 'Finance' });
    me = await createPerson(db(), org.id, { name: 'Anna', teamId: team.id });
    session = await sessionFor(db(), me);
    gent = await createSite(db(), org.id, { name: 'Gent' });
    excel = await createSkill(db(), org.id, { name: 'Excel', category: 'digital_tools' });
    powerBi = await createSkill(db(), org.id, { name: 'Power BI', category: 'digital_tools' });
    const other = await createOrganisation(db());
    strangerSkill = await createSkill(db(), other.id, { name: 'Excel' });
  });

  it('starts with an empty week of days off and a middle support need', async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me/profile',
      headers: session.headers,
    });
    expect(response.statusCode).toBe(200);
    const profile = response.json();
    expect(profile.account.workPattern).toHaveLength(7);
    expect(profile.account.workPattern[0]).toEqual({
      weekday: 1,
      mode: 'off',
      siteId: null,
      startTime: '09:00',
      endTime: '17:00',
    });
    expect(profile.learning).toEqual({ supportNeed: 3, learningWays: [] });
    expect(profile.team.name).toBe('Finance');
  });

  it('saves the whole profile and gives it back', async () => {
    const response = await put(body());
    expect(response.statusCode).toBe(200);
    const profile = response.json();
    expect(profile).toMatchObject({
      name: 'Anna de Smet',
      initials: 'AS',
      jobTitle: 'Accountant',
      languages: ['nl', 'fr'],
      siteDays: [
        { weekday: 2, siteId: gent.id, siteName: 'Gent' },
        { weekday: 4, siteId: gent.id, siteName: 'Gent' },
      ],
      skillsOffered: [{ skillId: excel.id, name: 'Excel', category: 'digital_tools', level: 4 }],
      skillsWanted: [{ skillId: powerBi.id, name: 'Power BI', priority: 3 }],
      learning: { supportNeed: 4, learningWays: ['colleagues', 'video'] },
      account: { locale: 'nl', startDate: '2024-03-01', seniority: 'medior', role: 'employee' },
    });
    expect(profile.account.workPattern[1]).toEqual({
      weekday: 2,
      mode: 'office',
      siteId: gent.id,
      startTime: '08:30',
      endTime: '17:00',
    });
    const again = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me/profile',
      headers: session.headers,
    });
    expect(again.json()).toEqual(profile);
  });

  it('stores time zones in their canonical spelling', async () => {
    const response = await put(body({ timeZone: 'america/sao_paulo' }));
    expect(response.json().account.timeZone).toBe('America/Sao_Paulo');
  });

  it('reports every problem with its field path and writes nothing', async () => {
    const before = (
      await server.app.inject({
        method: 'GET',
        url: '/api/v1/me/profile',
        headers: session.headers,
      })
    ).json();
    const week = body().workPattern;
    week[2] = { ...week[2], startTime: '17:00', endTime: '09:00' };
    week[0] = { ...week[0], mode: 'office', siteId: null };
    week[5] = { ...week[5], mode: 'off', siteId: '00000000-0000-4000-8000-000000000000' };
    const response = await put({
      ...body({ name: 'Changed', workPattern: week }),
      timeZone: 'Europe/Gent',
      languages: ['nl', 'xx', 'nl'],
      skillsOffered: [
        { skillId: excel.id, level: 4 },
        { skillId: excel.id, level: 2 },
        { skillId: strangerSkill.id, level: 1 },
      ],
      learningWays: ['video', 'video'],
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('validation_failed');
    expect(
      error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`).sort(),
    ).toEqual(
      [
        'languages.1:language',
        'languages.2:duplicate',
        'learningWays.1:duplicate',
        'skillsOffered.1.skillId:duplicate',
        'skillsOffered.2.skillId:not_found',
        'timeZone:time_zone',
        'workPattern.0.siteId:required',
        'workPattern.2.endTime:working_hours',
        'workPattern.5.siteId:not_found',
        'workPattern.5.siteId:site_not_office',
      ].sort(),
    );
    // Anna chose Dutch in her saved profile, so the messages are in Dutch.
    expect(
      error.fields.find((f: { field: string }) => f.field === 'workPattern.2.endTime').message,
    ).toBe('Het einde van de werkdag moet na het begin liggen.');
    const after = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me/profile',
      headers: session.headers,
    });
    expect(after.json()).toEqual(before);
  });

  it('refuses a site of another organisation as if it did not exist', async () => {
    const other = await createOrganisation(db());
    const theirs = await createSite(db(), other.id, { name: 'Elsewhere' });
    const week = body().workPattern;
    week[1] = { ...week[1], siteId: theirs.id };
    const response = await put(body({ workPattern: week }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      expect.objectContaining({ field: 'workPattern.1.siteId', code: 'not_found' }),
    ]);
  });

  it('refuses the admin-only fields and schema breaches with field errors', async () => {
    const response = await put({ ...body(), role: 'admin', managerId: me.id });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['managerId', 'role']);
    const short = await put({
      ...body(),
      workPattern: body().workPattern.slice(0, 5),
      supportNeed: 6,
    });
    expect(short.statusCode).toBe(400);
    expect(
      short
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['supportNeed', 'workPattern']);
    const unknownWay = await put({ ...body(), learningWays: ['osmosis'] });
    expect(unknownWay.json().error.fields[0]).toMatchObject({
      field: 'learningWays.0',
      code: 'one_of',
    });
  });

  it('keeps the role out of reach: the stored role is unchanged', async () => {
    const [row] = await db().query<{ role: string }>('select role from people where id = $1', [
      me.id,
    ]);
    expect(row.role).toBe('employee');
  });

  it('answers in Dutch for a Dutch speaker', async () => {
    const response = await put({ ...body(), timeZone: 'Nowhere/Land' });
    expect(response.json().error.fields[0].message).toBe(
      'Kies een bekende tijdzone, zoals Europe/Brussels.',
    );
  });

  it('needs a signed-in person', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/v1/me/profile' });
    expect(response.statusCode).toBe(401);
  });
});
