import type { Sql } from '../client';

export interface OrganisationEntry {
  id: string;
  name: string;
  isDemo: boolean;
  people: number;
}

/**
 * The organisations of this installation, for the command line and the demo generator, which
 * act before anyone is signed in to one organisation.
 */
export class OrganisationCatalogRepository {
  constructor(private readonly sql: Sql) {}

  async list(): Promise<OrganisationEntry[]> {
    const rows = await this.sql.query<{
      id: string;
      name: string;
      is_demo: boolean;
      people: number;
    }>(
      `select o.id, o.name, o.is_demo,
              (select count(*) from people p where p.organisation_id = o.id) as people
         from organisations o
        order by o.created_at, o.id`,
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      isDemo: row.is_demo,
      people: Number(row.people),
    }));
  }

  async createDemo(input: { name: string; locale: 'nl' | 'en' }): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into organisations (name, is_demo, default_locale) values ($1, true, $2)
       returning id`,
      [input.name, input.locale],
    );
    return row.id;
  }

  /**
   * Whether anyone, in any organisation, has an address at this domain. Sign-in looks people up
   * by address, so each demo gets a domain of its own.
   */
  async isEmailDomainUsed(domain: string): Promise<boolean> {
    const rows = await this.sql.query(`select 1 from people where email like '%@' || $1 limit 1`, [
      domain,
    ]);
    return rows.length > 0;
  }
}
