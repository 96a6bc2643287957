import type { Role } from '../../app/actor';
import type { Sql } from '../client';

export interface DemoAccount {
  personId: string;
  name: string;
  role: Role;
  jobTitle: string | null;
}

interface AccountRow {
  id: string;
  name: string;
  role: Role;
  job_title: string | null;
}

const ROLE_ORDER: Role[] = ['employee', 'manager', 'admin'];

/** The sample people of one demo organisation that visitors sign in as. */
export class DemoAccountRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async record(accounts: Record<Role, string>): Promise<void> {
    for (const [role, personId] of Object.entries(accounts)) {
      await this.sql.query(
        `insert into demo_accounts (organisation_id, role, person_id) values ($1, $2, $3)
         on conflict (organisation_id, role) do update set person_id = excluded.person_id`,
        [this.organisationId, role, personId],
      );
    }
  }

  /**
   * One active person per role, employee first: the recorded sample people, or for a demo made
   * without recording them, a stand-in chosen the same way every time (people with a password
   * first, then managers who have reports, then by e-mail address).
   */
  async findSampleAccounts(): Promise<DemoAccount[]> {
    const recorded = await this.sql.query<AccountRow>(
      `select p.id, p.name, p.role, p.job_title
         from demo_accounts d
         join people p on p.organisation_id = d.organisation_id and p.id = d.person_id
        where d.organisation_id = $1 and p.status = 'active' and p.role = d.role`,
      [this.organisationId],
    );
    const rows =
      recorded.length === ROLE_ORDER.length
        ? recorded
        : await this.sql.query<AccountRow>(
            `select distinct on (p.role) p.id, p.name, p.role, p.job_title
               from people p
              where p.organisation_id = $1 and p.status = 'active'
              order by p.role,
                       p.password_hash is null,
                       not exists (select 1 from people r
                                    where r.organisation_id = p.organisation_id
                                      and r.manager_id = p.id),
                       p.email`,
            [this.organisationId],
          );
    return rows
      .map((row) => ({ personId: row.id, name: row.name, role: row.role, jobTitle: row.job_title }))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  }
}
