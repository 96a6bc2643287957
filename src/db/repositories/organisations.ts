import type { Locale } from '../../i18n/locales';
import type { Sql } from '../client';

export interface OrganisationSettingsRecord {
  id: string;
  name: string;
  isDemo: boolean;
  defaultLocale: Locale;
  defaultTimeZone: string;
  videoLinkTemplate: string | null;
}

export type OrganisationSettingsFields = Omit<OrganisationSettingsRecord, 'id' | 'isDemo'>;

/** The settings of the one organisation this repository was made for. */
export class OrganisationRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async get(): Promise<OrganisationSettingsRecord | null> {
    const rows = await this.sql.query<{
      id: string;
      name: string;
      is_demo: boolean;
      default_locale: Locale;
      default_time_zone: string;
      video_link_template: string | null;
    }>(
      `select id, name, is_demo, default_locale, default_time_zone, video_link_template
         from organisations where id = $1`,
      [this.organisationId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      isDemo: row.is_demo,
      defaultLocale: row.default_locale,
      defaultTimeZone: row.default_time_zone,
      videoLinkTemplate: row.video_link_template,
    };
  }

  async update(fields: OrganisationSettingsFields): Promise<void> {
    await this.sql.query(
      `update organisations
          set name = $2, default_locale = $3, default_time_zone = $4, video_link_template = $5
        where id = $1`,
      [
        this.organisationId,
        fields.name,
        fields.defaultLocale,
        fields.defaultTimeZone,
        fields.videoLinkTemplate,
      ],
    );
  }
}
