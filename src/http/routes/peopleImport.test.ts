import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  createOrganisation,
  createPerson,
  type PersonRow,
  sessionFor,
  type TestSession,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';

const url = '/api/v1/admin/import/people';
const file =
  '\uFEFFe-mail;naam;team;leidinggevende\r\nels@gent.be;Els;Finance;\r\njan@gent.be;Jan;Finance;els@gent.be\r\n';
const badFile = 'email,name,manager_email\nbad,X,\nok@gent.be,Ok,nobody@gent.be\n';

describeEachDatabase('POST /api/v1/admin/import/people', (db) => {
  let server: TestServer;
  let admin: PersonRow;
  let asAdmin: TestSession;
  let asDutchAdmin: TestSession;

  const upload = (session: TestSession | null, body: string, query = '', type = 'text/csv') =>
    server.app.inject({
      method: 'POST',
      url: `${url}${query}`,
      headers: { ...(session?.headers ?? {}), 'content-type': type },
      payload: body,
    });
  const emails = async (organisationId: string) =>
    (
      await db().query<{ email: string }>(
        'select email from people where organisation_id = $1 order by email',
        [organisationId],
      )
    ).map((row) => row.email);

  beforeAll(async () => {
    server = await startTestServer(db());
    const organisation = await createOrganisation(db());
    admin = await createPerson(db(), organisation.id, { role: 'admin', email: 'admin@gent.be' });
    asAdmin = await sessionFor(db(), admin);
    asDutchAdmin = await sessionFor(
      db(),
      await createPerson(db(), organisation.id, { role: 'admin', locale: 'nl' }),
    );
  });
  afterAll(() => server.app.close());

  it('answers a dry run with the report and writes nothing', async () => {
    const before = await emails(admin.organisation_id);
    const response = await upload(asAdmin, file, '?dryRun=true');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      dryRun: true,
      written: true,
      unknownColumns: [],
      errors: [],
    });
    expect(await emails(admin.organisation_id)).toEqual(before);
  });

  it('refuses a file with errors with 422, every reason in the caller’s language, nothing written', async () => {
    const before = await emails(admin.organisation_id);
    const response = await upload(asDutchAdmin, badFile);
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.error).toEqual({
      code: 'import_failed',
      message: 'Het bestand bevat 2 fouten; er is niets geïmporteerd.',
    });
    expect(body.report.errors).toEqual([
      {
        line: 2,
        code: 'bad_email',
        column: 'email',
        value: 'bad',
        message: '“bad” is geen geldig e-mailadres (e-mailadres).',
      },
      {
        line: 3,
        code: 'unknown_manager',
        column: 'manager_email',
        value: 'nobody@gent.be',
        message: 'Leidinggevende nobody@gent.be staat niet in het bestand en niet in Samen.',
      },
    ]);
    expect(await emails(admin.organisation_id)).toEqual(before);

    const english = await upload(asAdmin, badFile, '?dryRun=true');
    expect(english.statusCode).toBe(200);
    expect(english.json().errors[0].message).toBe('“bad” is not a valid e-mail address (e-mail).');
  });

  it('imports the good lines with skipInvalid and reports the others', async () => {
    const response = await upload(asAdmin, badFile, '?skipInvalid=true');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ created: 0, skipped: 2, written: false });
    expect(response.json().errors).toHaveLength(2);
  });

  it('imports a semicolon file with a byte order mark, also sent with a charset', async () => {
    const response = await upload(asAdmin, file, '', 'text/csv; charset=utf-8');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ created: 2, written: true, errors: [] });
    const [jan] = await db().query<{ manager: string; team: string }>(
      `select m.email as manager, t.name as team from people p
         join people m on m.id = p.manager_id join teams t on t.id = p.team_id
        where p.email = 'jan@gent.be' and p.organisation_id = $1`,
      [admin.organisation_id],
    );
    expect(jan).toEqual({ manager: 'els@gent.be', team: 'Finance' });
    const again = await upload(asAdmin, file);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('is for admins of the caller’s own organisation only', async () => {
    const employee = await sessionFor(db(), await createPerson(db(), admin.organisation_id));
    const manager = await sessionFor(
      db(),
      await createPerson(db(), admin.organisation_id, { role: 'manager' }),
    );
    const csv = 'email,name\nsomeone@gent.be,Someone\n';
    expect((await upload(employee, csv)).json().error.code).toBe('forbidden');
    expect((await upload(manager, csv)).statusCode).toBe(403);
    const signedOut = await upload(null, csv);
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.json().error.code).toBe('unauthenticated');

    const otherOrganisation = await createOrganisation(db());
    const otherAdmin = await sessionFor(
      db(),
      await createPerson(db(), otherOrganisation.id, { role: 'admin', email: 'boss@elders.be' }),
    );
    const before = await emails(admin.organisation_id);
    const response = await upload(
      otherAdmin,
      'email,name,manager_email\nnew@elders.be,New,admin@gent.be\n',
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().report.errors[0].code).toBe('unknown_manager');
    expect((await upload(otherAdmin, csv)).json().created).toBe(1);
    expect(await emails(otherOrganisation.id)).toEqual(['boss@elders.be', 'someone@gent.be']);
    expect(await emails(admin.organisation_id)).toEqual(before);
  });

  it('needs the CSRF header, a CSV body and a file under 10 MB', async () => {
    const noCsrf = await server.app.inject({
      method: 'POST',
      url,
      headers: { cookie: asAdmin.headers.cookie, 'content-type': 'text/csv' },
      payload: file,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf_failed');

    const json = await upload(asAdmin, JSON.stringify({ email: 'x' }), '', 'application/json');
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe('validation_failed');
    const empty = await upload(asAdmin, '');
    expect(empty.statusCode).toBe(400);
    const huge = await upload(asAdmin, `email,name\n${'x'.repeat(10 * 1024 * 1024)}\n`);
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.code).toBe('validation_failed');
    const badQuery = await upload(asAdmin, file, '?dryRun=maybe');
    expect(badQuery.statusCode).toBe(400);
  });
});
