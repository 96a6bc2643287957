import { describe, expect, it } from 'vitest';
import type { ImportIssue } from './issues';
import { planImport } from './planImport';
import type { ExistingPerson, ImportSnapshot } from './snapshot';

const person = (
  overrides: Partial<ExistingPerson> & { id: string; email: string },
): ExistingPerson => ({
  externalId: null,
  name: overrides.email.split('@')[0],
  role: 'employee',
  jobTitle: null,
  teamId: null,
  managerId: null,
  startDate: null,
  seniority: null,
  languages: [],
  timeZone: 'Europe/Brussels',
  locale: 'nl',
  siteId: null,
  supportNeed: null,
  ...overrides,
});

const empty: ImportSnapshot = {
  people: [],
  teams: [],
  sites: [],
  defaults: { timeZone: 'Europe/Brussels', locale: 'nl' },
};
const plan = (csv: string, snapshot: ImportSnapshot = empty, skipInvalid = false) =>
  planImport(csv, snapshot, { skipInvalid, actorPersonId: 'admin-id' });
const codes = (errors: ImportIssue[]) => errors.map((e) => `${e.line}:${e.code}`);

describe('planImport', () => {
  it('plans new people with every documented column, Dutch headers and Belgian dates', () => {
    const result = plan(
      'E-mail;Naam;Personeelsnummer;Team;Leidinggevende;Functie;Startdatum;Vestiging;Talen;Tijdzone;Taal;Rol;Senioriteit;Ondersteuningsnood\n' +
        'Els.Peeters@Example.be;Els Peeters;E1;Finance;;Head of Finance;01/02/2020;Gent;"nl, fr en";Europe/Brussels;nl;manager;lead;1\n' +
        'jan@example.be;Jan Maes;E2;finance;els.peeters@example.be;Accountant;2024-09-02;Gent;Nederlands;europe/lisbon;en-GB;;junior;4\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.unknownColumns).toEqual([]);
    expect(result.newTeams).toEqual(['Finance']);
    expect(result.newSites).toEqual(['Gent']);
    expect(result.create).toEqual([
      {
        line: 2,
        existingId: null,
        email: 'els.peeters@example.be',
        externalId: 'E1',
        name: 'Els Peeters',
        role: 'manager',
        jobTitle: 'Head of Finance',
        team: { create: 'Finance' },
        site: { create: 'Gent' },
        manager: null,
        startDate: '2020-02-01',
        seniority: 'lead',
        languages: ['nl', 'fr', 'en'],
        timeZone: 'Europe/Brussels',
        locale: 'nl',
        supportNeed: 1,
      },
      expect.objectContaining({
        line: 3,
        role: 'employee',
        team: { create: 'Finance' },
        manager: { line: 2 },
        startDate: '2024-09-02',
        languages: ['nl'],
        timeZone: 'Europe/Lisbon',
        locale: 'en',
        supportNeed: 4,
      }),
    ]);
  });

  it('reports unknown columns without refusing the file', () => {
    const result = plan('email,name,shoe size,\na@x.be,A,42,\n');
    expect(result.errors).toEqual([]);
    expect(result.unknownColumns).toEqual(['shoe size']);
    expect(result.create).toHaveLength(1);
  });

  it('refuses a file without its required columns, or with a column twice', () => {
    expect(plan('name,team\nA,T\n').errors).toEqual([
      { line: 1, code: 'missing_column', column: 'email' },
    ]);
    expect(plan('email,e-mail,name\n').errors).toEqual([
      { line: 1, code: 'duplicate_column', column: 'email' },
    ]);
    expect(plan('').errors).toEqual([{ line: 1, code: 'missing_column', column: 'email' }]);
    expect(plan('email,name\n"a@x.be,A\n').errors).toEqual([{ line: 2, code: 'unclosed_quote' }]);
  });

  it('reports every bad value with its line, column and reason', () => {
    const result = plan(
      [
        'email,name,start_date,time_zone,languages,locale,role,seniority,support_need,manager_email',
        'not-an-email,A,,,,,,,,',
        'b@x.be,,,,,,,,,',
        'c@x.be,C,31/02/2024,,,,,,,',
        'd@x.be,D,,Europe/Gent,,,,,,',
        'e@x.be,E,,,nl klingon,,,,,',
        'f@x.be,F,,,,fr,,,,',
        'g@x.be,G,,,,,boss,,,',
        'h@x.be,H,,,,,,expert,,',
        'i@x.be,I,,,,,,,7,',
        'j@x.be,J,,,,,,,,nobody@x.be',
        `k@x.be,${'K'.repeat(201)},,,,,,,,`,
        'l@x.be,L,,,,,,,,,surplus',
      ].join('\n'),
    );
    expect(codes(result.errors)).toEqual([
      '2:bad_email',
      '3:missing_value',
      '4:bad_date',
      '5:bad_time_zone',
      '6:bad_language',
      '7:bad_locale',
      '8:bad_role',
      '9:bad_seniority',
      '10:bad_support_need',
      '11:unknown_manager',
      '12:too_long',
      '13:field_count',
    ]);
    expect(result.errors[0]).toMatchObject({ column: 'email', value: 'not-an-email' });
    expect(result.errors[2]).toMatchObject({ column: 'start_date', value: '31/02/2024' });
    expect(result.errors[4]).toMatchObject({ column: 'languages', value: 'klingon' });
    expect(result.create).toEqual([]);
  });

  it('reports a repeated e-mail address and external id, pointing at the first line', () => {
    const result = plan('email,name,external_id\na@x.be,A,1\nA@X.BE,A2,2\nb@x.be,B,1\n');
    expect(result.errors).toEqual([
      { line: 3, code: 'duplicate_email', column: 'email', value: 'a@x.be', params: { line: 2 } },
      {
        line: 4,
        code: 'duplicate_external_id',
        column: 'external_id',
        value: '1',
        params: { line: 2 },
      },
    ]);
  });

  it('finds a manager cycle inside the file and names the chain', () => {
    const result = plan(
      'email,name,manager_email\na@x.be,A,b@x.be\nb@x.be,B,c@x.be\nc@x.be,C,a@x.be\nd@x.be,D,d@x.be\ne@x.be,E,a@x.be\n',
    );
    expect(codes(result.errors)).toEqual([
      '2:manager_cycle',
      '3:manager_cycle',
      '4:manager_cycle',
      '5:manager_cycle',
      '6:manager_invalid',
    ]);
    expect(result.errors[0].params).toEqual({ chain: 'a@x.be → b@x.be → c@x.be → a@x.be' });
    expect(result.errors[3].params).toEqual({ chain: 'd@x.be → d@x.be' });
  });

  it('finds a cycle through someone already in Samen', () => {
    const boss = person({ id: 'boss', email: 'boss@x.be', managerId: 'mid' });
    const mid = person({ id: 'mid', email: 'mid@x.be' });
    const snapshot = { ...empty, people: [boss, mid] };
    const result = plan('email,name,manager_email\nmid@x.be,Mid,boss@x.be\n', snapshot);
    expect(result.errors).toEqual([
      {
        line: 2,
        code: 'manager_cycle',
        column: 'manager_email',
        value: 'boss@x.be',
        params: { chain: 'mid@x.be → boss@x.be → mid@x.be' },
      },
    ]);
  });

  it('with skipInvalid plans the good lines and skips the bad ones and those that depend on them', () => {
    const result = plan(
      'email,name,manager_email\nboss@x.be,Boss,\nbad,Bad,\nok@x.be,Ok,boss@x.be\nx@x.be,X,\nx@x.be,X again,\n',
      empty,
      true,
    );
    expect(codes(result.errors)).toEqual(['3:bad_email', '6:duplicate_email']);
    expect(result.create.map((p) => p.email)).toEqual(['boss@x.be', 'ok@x.be', 'x@x.be']);
    expect(result.skipped).toBe(2);

    const dependent = plan(
      'email,name,manager_email\nboss@x.be,,\nok@x.be,Ok,boss@x.be\n',
      empty,
      true,
    );
    expect(codes(dependent.errors)).toEqual(['2:missing_value', '3:manager_invalid']);
    expect(dependent.errors[1].params).toEqual({ line: 2 });
    expect(dependent.create).toEqual([]);
    expect(dependent.skipped).toBe(2);
  });

  it('matches by external id first, then by e-mail, and keeps what the file leaves empty', () => {
    const existing = [
      person({
        id: 'p1',
        email: 'old@x.be',
        externalId: 'E1',
        jobTitle: 'Buyer',
        teamId: 't1',
        languages: ['nl'],
        supportNeed: 2,
      }),
      person({ id: 'p2', email: 'same@x.be', name: 'Same' }),
    ];
    const snapshot = { ...empty, people: existing, teams: [{ id: 't1', name: 'Purchasing' }] };
    const result = plan(
      'email,name,external_id,job_title,team,support_need\nnew@x.be,Renamed,E1,,PURCHASING,\nsame@x.be,Same,,,,\n',
      snapshot,
    );
    expect(result.errors).toEqual([]);
    expect(result.create).toEqual([]);
    expect(result.unchanged).toBe(1);
    expect(result.update).toEqual([
      expect.objectContaining({
        existingId: 'p1',
        email: 'new@x.be',
        name: 'Renamed',
        jobTitle: 'Buyer',
        team: { existing: 't1' },
        languages: ['nl'],
        supportNeed: null,
      }),
    ]);
    expect(result.newTeams).toEqual([]);
  });

  it('refuses lines whose id and address belong to different people, or repeat a person', () => {
    const existing = [
      person({ id: 'p1', email: 'one@x.be', externalId: 'E1' }),
      person({ id: 'p2', email: 'two@x.be', externalId: 'E2' }),
    ];
    const result = plan(
      'email,name,external_id\ntwo@x.be,Two,E1\none@x.be,One,E9\none@x.be,One,\n',
      { ...empty, people: existing },
    );
    expect(codes(result.errors)).toEqual([
      '2:email_taken',
      '3:external_id_mismatch',
      '4:duplicate_email',
    ]);
    const repeat = plan('email,name,external_id\none@x.be,One,\nother@x.be,One,E1\n', {
      ...empty,
      people: existing,
    });
    expect(codes(repeat.errors)).toEqual(['3:duplicate_person']);
    const twice = plan('email,name,external_id\nnew@x.be,One,E1\none@x.be,One,\n', {
      ...empty,
      people: existing,
    });
    expect(codes(twice.errors)).toEqual(['3:duplicate_person']);
  });

  it('does not let the importing admin take away their own admin role', () => {
    const admin = person({ id: 'admin-id', email: 'me@x.be', role: 'admin' });
    const result = plan('email,name,role\nme@x.be,Me,employee\n', { ...empty, people: [admin] });
    expect(codes(result.errors)).toEqual(['2:own_role']);
  });

  it('resolves managers already in Samen and makes an employee with reports a manager', () => {
    const boss = person({ id: 'boss', email: 'boss@x.be' });
    const result = plan('email,name,manager_email\nnew@x.be,New,BOSS@x.be\nboss@x.be,Boss,\n', {
      ...empty,
      people: [boss],
    });
    expect(result.errors).toEqual([]);
    expect(result.create[0].manager).toEqual({ existing: 'boss' });
    expect(result.update).toEqual([
      expect.objectContaining({ existingId: 'boss', role: 'manager' }),
    ]);
  });

  it('plans nothing again for a file it has just imported', () => {
    const existing = [
      person({
        id: 'b',
        email: 'boss@x.be',
        name: 'Boss',
        role: 'manager',
        teamId: 't',
        siteId: 's',
        languages: ['fr', 'en'],
        supportNeed: 2,
        startDate: '2020-01-01',
      }),
      person({ id: 'e', email: 'emp@x.be', name: 'Emp', managerId: 'b', teamId: 't', siteId: 's' }),
    ];
    const snapshot = {
      ...empty,
      people: existing,
      teams: [{ id: 't', name: 'Sales' }],
      sites: [{ id: 's', name: 'Liège' }],
    };
    const result = plan(
      'email,name,team,site,manager_email,languages,support_need,start_date\n' +
        'boss@x.be,Boss,Sales,liège,,fr en,2,2020-01-01\nemp@x.be,Emp,sales,Liège,boss@x.be,,,\n',
      snapshot,
    );
    expect(result.errors).toEqual([]);
    expect(result.update).toEqual([]);
    expect(result.unchanged).toBe(2);
  });
});
