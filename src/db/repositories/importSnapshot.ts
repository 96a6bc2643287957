import type { ExistingPerson, ImportSnapshot, NamedThing } from '../../domain/import/snapshot';
import type { Sql } from '../client';

interface PersonRow {
  id: string;
  email: string;
  external_id: string | null;
  name: string;
  role: ExistingPerson['role'];
  job_title: string | null;
  team_id: string | null;
  manager_id: string | null;
  start_date: string | null;
  seniority: ExistingPerson['seniority'];
  languages: string[];
  time_zone: string;
  locale: ExistingPerson['locale'];
  site_id: string | null;
  support_need: number | null;
}

/** Everything an import compares its file against, read in one go inside its transaction. */
export class ImportSnapshotRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async load(): Promise<ImportSnapshot> {
    const org = [this.organisationId];
    const [organisation] = await this.sql.query<{
      default_locale: 'nl' | 'en';
      default_time_zone: string;
    }>('select default_locale, default_time_zone from organisations where id = $1', org);
    const people = await this.sql.query<PersonRow>(
      `select p.id, p.email, p.external_id, p.name, p.role, p.job_title, p.team_id, p.manager_id,
              p.start_date, p.seniority, p.languages, p.time_zone, p.locale, p.site_id,
              lp.support_need
         from people p
         left join learning_profiles lp on lp.person_id = p.id and lp.organisation_id = p.organisation_id
        where p.organisation_id = $1`,
      org,
    );
    const teams = await this.sql.query<NamedThing>(
      'select id, name from teams where organisation_id = $1',
      org,
    );
    const sites = await this.sql.query<NamedThing>(
      'select id, name from sites where organisation_id = $1',
      org,
    );
    return {
      people: people.map((row) => ({
        id: row.id,
        email: row.email,
        externalId: row.external_id,
        name: row.name,
        role: row.role,
        jobTitle: row.job_title,
        teamId: row.team_id,
        managerId: row.manager_id,
        startDate: row.start_date,
        seniority: row.seniority,
        languages: row.languages,
        timeZone: row.time_zone,
        locale: row.locale,
        siteId: row.site_id,
        supportNeed: row.support_need,
      })),
      teams,
      sites,
      defaults: {
        locale: organisation?.default_locale ?? 'en',
        timeZone: organisation?.default_time_zone ?? 'Europe/Brussels',
      },
    };
  }
}
