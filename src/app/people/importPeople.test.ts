import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, createPerson, type PersonRow } from '../../../test/factories';
import type { Database } from '../../db/client';
import { BulkImportRepository } from '../../db/repositories/bulkImport';
import { ImportSnapshotRepository } from '../../db/repositories/importSnapshot';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { importPeople } from './importPeople';

const actorOf = (person: PersonRow): Actor => ({
  personId: person.id,
  organisationId: person.organisation_id,
  role: person.role,
  locale: 'en',
  name: person.name,
  email: person.email,
  isDemoOrganisation: false,
});

function run(
  db: Database,
  actor: Actor,
  csv: string,
  options: { dryRun?: boolean; skipInvalid?: boolean } = {},
) {
  return db.transaction((tx) =>
    importPeople(
      {
        snapshot: new ImportSnapshotRepository(tx, actor.organisationId),
        writer: new BulkImportRepository(tx, actor.organisationId),
      },
      actor,
      { csv, dryRun: options.dryRun ?? false, skipInvalid: options.skipInvalid ?? false },
    ),
  );
}

/** Everything an import can touch in one organisation, to compare before and after. */
async function contents(db: Database, organisationId: string) {
  const people = await db.query(
    `select p.email, p.external_id, p.name, p.role, p.job_title, t.name as team, s.name as site,
            m.email as manager, p.start_date, p.seniority, p.languages, p.time_zone, p.locale,
            lp.support_need, p.updated_at
       from people p
       left join teams t on t.id = p.team_id
       left join sites s on s.id = p.site_id
       left join people m on m.id = p.manager_id
       left join learning_profiles lp on lp.person_id = p.id
      where p.organisation_id = $1 order by p.email`,
    [organisationId],
  );
  const teams = await db.query('select name from teams where organisation_id = $1 order by name', [
    organisationId,
  ]);
  const sites = await db.query('select name from sites where organisation_id = $1 order by name', [
    organisationId,
  ]);
  return { people, teams, sites };
}

const goodFile =
  '\uFEFFE-mail;Naam;Personeelsnummer;Team;Leidinggevende;Functie;Startdatum;Vestiging;Talen;Ondersteuningsnood\r\n' +
  'els@brugge.be;"Peeters, Els";E1;Finance;;"Head of\r\nFinance";01/02/2020;Gent;"nl,fr";2\r\n' +
  'jan@brugge.be;Jan Maes;E2;Finance;els@brugge.be;Accountant;2024-09-02;Gent;nl en;4\r\n' +
  'sofie@brugge.be;Sofie Wuyts;E3;Finance;jan@brugge.be;Junior Accountant;;Liège;fr;\r\n';

describeEachDatabase('importPeople', (db) => {
  let admin: PersonRow;
  let other: PersonRow;

  beforeAll(async () => {
    const organisation = await createOrganisation(db());
    admin = await createPerson(db(), organisation.id, { role: 'admin', email: 'admin@brugge.be' });
    const otherOrganisation = await createOrganisation(db());
    other = await createPerson(db(), otherOrganisation.id, {
      email: 'els@brugge.be',
      name: 'Other Els',
    });
  });

  it('is for admins only', async () => {
    const employee = await createPerson(db(), admin.organisation_id);
    await expect(run(db(), actorOf(employee), goodFile)).rejects.toMatchObject(
      new AppError('forbidden'),
    );
  });

  it('writes nothing in a dry run, but says what it would do', async () => {
    const before = await contents(db(), admin.organisation_id);
    const report = await run(db(), actorOf(admin), goodFile, { dryRun: true });
    expect(report).toMatchObject({
      rows: 3,
      created: 3,
      updated: 0,
      dryRun: true,
      written: true,
      errors: [],
    });
    expect(await contents(db(), admin.organisation_id)).toEqual(before);
  });

  it('writes nothing when any line is wrong, and reports every line', async () => {
    const before = await contents(db(), admin.organisation_id);
    const report = await run(
      db(),
      actorOf(admin),
      `${goodFile}bad-address;Someone;E4;;;;;;;\r\npiet@brugge.be;Piet;E5;;nobody@brugge.be;;31/13/2020;;;\r\n`,
    );
    expect(report.written).toBe(false);
    expect(report.created).toBe(0);
    expect(report.errors.map((e) => `${e.line}:${e.code}`)).toEqual([
      '6:bad_email',
      '7:bad_date',
      '7:unknown_manager',
    ]);
    expect(await contents(db(), admin.organisation_id)).toEqual(before);
  });

  it('imports a semicolon file with a byte order mark and quoted line breaks', async () => {
    const report = await run(db(), actorOf(admin), goodFile);
    expect(report).toMatchObject({
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      written: true,
      errors: [],
    });
    const { people, teams, sites } = await contents(db(), admin.organisation_id);
    expect(teams).toEqual([{ name: 'Finance' }]);
    expect(sites).toEqual([{ name: 'Gent' }, { name: 'Liège' }]);
    const els = people.find((p) => p.email === 'els@brugge.be');
    expect(els).toMatchObject({
      name: 'Peeters, Els',
      external_id: 'E1',
      role: 'manager',
      job_title: 'Head of\r\nFinance',
      team: 'Finance',
      site: 'Gent',
      manager: null,
      start_date: '2020-02-01',
      languages: ['nl', 'fr'],
      support_need: 2,
    });
    expect(people.find((p) => p.email === 'jan@brugge.be')).toMatchObject({
      manager: 'els@brugge.be',
      role: 'manager',
      support_need: 4,
    });
    expect(people.find((p) => p.email === 'sofie@brugge.be')).toMatchObject({
      manager: 'jan@brugge.be',
      role: 'employee',
      site: 'Liège',
      support_need: null,
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await contents(db(), admin.organisation_id);
    const report = await run(db(), actorOf(admin), goodFile);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 3, written: false });
    expect(await contents(db(), admin.organisation_id)).toEqual(before);
  });

  it('updates by external id, even the e-mail address, and moves people', async () => {
    const report = await run(
      db(),
      actorOf(admin),
      'external_id,email,name,team,manager_email\nE3,sofie.wuyts@brugge.be,Sofie Wuyts,Audit,els@brugge.be\n',
    );
    expect(report).toMatchObject({ created: 0, updated: 1, errors: [] });
    const { people, teams } = await contents(db(), admin.organisation_id);
    expect(people.find((p) => p.external_id === 'E3')).toMatchObject({
      email: 'sofie.wuyts@brugge.be',
      team: 'Audit',
      manager: 'els@brugge.be',
      site: 'Liège',
      job_title: 'Junior Accountant',
    });
    expect(teams).toEqual([{ name: 'Audit' }, { name: 'Finance' }]);
  });

  it('with skipInvalid imports the good lines and refuses a cycle with people already in Samen', async () => {
    const report = await run(
      db(),
      actorOf(admin),
      'email,name,manager_email\nels@brugge.be,"Peeters, Els",jan@brugge.be\nnew@brugge.be,New,els@brugge.be\n',
      { skipInvalid: true },
    );
    expect(report.errors).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'manager_cycle',
        params: { chain: 'els@brugge.be → jan@brugge.be → els@brugge.be' },
      }),
    ]);
    expect(report).toMatchObject({ created: 1, skipped: 1, written: true });
    const { people } = await contents(db(), admin.organisation_id);
    expect(people.find((p) => p.email === 'els@brugge.be')?.manager).toBeNull();
    expect(people.find((p) => p.email === 'new@brugge.be')?.manager).toBe('els@brugge.be');
  });

  it('leaves other organisations alone, and never finds a manager there', async () => {
    await createPerson(db(), other.organisation_id, { email: 'only-there@brugge.be' });
    const otherBefore = await contents(db(), other.organisation_id);
    const report = await run(
      db(),
      actorOf(admin),
      'email,name,manager_email\nx@brugge.be,X,admin@brugge.be\ny@brugge.be,Y,only-there@brugge.be\n',
      { skipInvalid: true },
    );
    expect(report.errors.map((e) => `${e.line}:${e.code}`)).toEqual(['3:unknown_manager']);
    expect(report.created).toBe(1);
    expect(await contents(db(), other.organisation_id)).toEqual(otherBefore);
    const mine = await contents(db(), admin.organisation_id);
    expect(mine.people.find((p) => p.email === 'els@brugge.be')?.name).toBe('Peeters, Els');
  });
});
