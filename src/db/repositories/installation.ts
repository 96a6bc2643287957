import type { Locale } from '../../i18n/locales';
import type { Sql } from '../client';

export interface OrganisationSummary {
  id: string;
  name: string;
  isDemo: boolean;
}

// Any fixed number: concurrent first-run set-ups and demo creations wait for each other here.
const SETUP_LOCK_KEY = 7_262_737;

/**
 * Facts about the installation as a whole, read before anyone belongs to an organisation:
 * whether it has been set up, and which organisation is the demo.
 */
export class InstallationRepository {
  constructor(private readonly sql: Sql) {}

  /** Serialises set-up within the current transaction, across server instances too. */
  async lockSetup(): Promise<void> {
    await this.sql.query('select pg_advisory_xact_lock($1)', [SETUP_LOCK_KEY]);
  }

  /** Every organisation's default time zone, once each: the zones weekly work runs in. */
  async organisationTimeZones(): Promise<string[]> {
    const rows = await this.sql.query<{ zone: string }>(
      'select distinct default_time_zone as zone from organisations order by 1',
    );
    return rows.map((row) => row.zone);
  }

  async hasRealOrganisation(): Promise<boolean> {
    const rows = await this.sql.query('select 1 from organisations where not is_demo limit 1');
    return rows.length > 0;
  }

  async findOrganisation(id: string): Promise<OrganisationSummary | null> {
    const rows = await this.sql.query<{ id: string; name: string; is_demo: boolean }>(
      'select id, name, is_demo from organisations where id = $1',
      [id],
    );
    const row = rows[0];
    return row ? { id: row.id, name: row.name, isDemo: row.is_demo } : null;
  }

  /** The newest demo organisation, if any. */
  async findDemoOrganisation(): Promise<OrganisationSummary | null> {
    const rows = await this.sql.query<{ id: string; name: string }>(
      'select id, name from organisations where is_demo order by created_at desc, id limit 1',
    );
    const row = rows[0];
    return row ? { id: row.id, name: row.name, isDemo: true } : null;
  }

  async createOrganisation(input: { name: string; locale: Locale }): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      'insert into organisations (name, default_locale) values ($1, $2) returning id',
      [input.name, input.locale],
    );
    return row.id;
  }

  /** The first person of a new organisation: its administrator. */
  async createAdmin(input: {
    organisationId: string;
    name: string;
    email: string;
    locale: Locale;
    passwordHash: string;
  }): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into people (organisation_id, name, email, role, locale, password_hash)
       values ($1, $2, $3, 'admin', $4, $5) returning id`,
      [input.organisationId, input.name, input.email, input.locale, input.passwordHash],
    );
    return row.id;
  }
}
