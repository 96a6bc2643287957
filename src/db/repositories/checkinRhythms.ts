import type { CadenceOverride, CadenceSettings } from '../../domain/cadence/cadence';
import { defaultCadenceSettings } from '../../domain/cadence/cadence';
import type { Sql } from '../client';

export interface CheckinSettingsRecord extends CadenceSettings {
  skipLevelRead: boolean;
}

export interface RhythmRequestRecord {
  id: string;
  personId: string;
  direction: 'more' | 'less';
  currentWeeks: number;
  proposedWeeks: number | null;
  source: 'request' | 'pulse';
  createdAt: Date;
}

/** The organisation's check-in defaults, each person's override, and requests to change them. */
export class CheckinRhythmRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async settings(): Promise<CheckinSettingsRecord> {
    const [row] = await this.sql.query<{
      weeks_by_support_need: number[];
      new_joiner_days: number;
      new_joiner_weeks: number;
      skip_level_read: boolean;
    }>(
      `select weeks_by_support_need, new_joiner_days, new_joiner_weeks, skip_level_read
         from checkin_settings where organisation_id = $1`,
      [this.organisationId],
    );
    if (!row) return { ...defaultCadenceSettings, skipLevelRead: false };
    return {
      weeksBySupportNeed:
        row.weeks_by_support_need as unknown as CadenceSettings['weeksBySupportNeed'],
      newJoinerDays: row.new_joiner_days,
      newJoinerWeeks: row.new_joiner_weeks,
      skipLevelRead: row.skip_level_read,
    };
  }

  async saveSettings(settings: CheckinSettingsRecord, now: Date): Promise<void> {
    await this.sql.query(
      `insert into checkin_settings (organisation_id, weeks_by_support_need, new_joiner_days,
                                     new_joiner_weeks, skip_level_read, updated_at)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (organisation_id) do update
         set weeks_by_support_need = excluded.weeks_by_support_need,
             new_joiner_days = excluded.new_joiner_days,
             new_joiner_weeks = excluded.new_joiner_weeks,
             skip_level_read = excluded.skip_level_read,
             updated_at = excluded.updated_at`,
      [
        this.organisationId,
        [...settings.weeksBySupportNeed],
        settings.newJoinerDays,
        settings.newJoinerWeeks,
        settings.skipLevelRead,
        now,
      ],
    );
  }

  async overrides(personIds: readonly string[]): Promise<Map<string, CadenceOverride>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.sql.query<{ person_id: string; weeks: number; reason: string }>(
      `select person_id, weeks, reason from checkin_rhythms
        where organisation_id = $1 and person_id = any($2::uuid[])`,
      [this.organisationId, personIds],
    );
    return new Map(rows.map((row) => [row.person_id, { weeks: row.weeks, reason: row.reason }]));
  }

  async setOverride(
    personId: string,
    override: CadenceOverride | null,
    setBy: string,
    now: Date,
  ): Promise<void> {
    if (!override) {
      await this.sql.query(
        'delete from checkin_rhythms where organisation_id = $1 and person_id = $2',
        [this.organisationId, personId],
      );
      return;
    }
    await this.sql.query(
      `insert into checkin_rhythms (organisation_id, person_id, weeks, reason, set_by, set_at)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (person_id) do update
         set weeks = excluded.weeks, reason = excluded.reason, set_by = excluded.set_by,
             set_at = excluded.set_at`,
      [this.organisationId, personId, override.weeks, override.reason, setBy, now],
    );
  }

  async openRequests(personIds: readonly string[]): Promise<Map<string, RhythmRequestRecord>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.sql.query<{
      id: string;
      person_id: string;
      direction: 'more' | 'less';
      current_weeks: number;
      proposed_weeks: number | null;
      source: 'request' | 'pulse';
      created_at: Date;
    }>(
      `select id, person_id, direction, current_weeks, proposed_weeks, source, created_at
         from rhythm_requests
        where organisation_id = $1 and person_id = any($2::uuid[]) and status = 'open'`,
      [this.organisationId, personIds],
    );
    return new Map(
      rows.map((row) => [
        row.person_id,
        {
          id: row.id,
          personId: row.person_id,
          direction: row.direction,
          currentWeeks: row.current_weeks,
          proposedWeeks: row.proposed_weeks,
          source: row.source,
          createdAt: row.created_at,
        },
      ]),
    );
  }

  /** A new request replaces the person's open one: the latest wish is the one that counts. */
  async request(input: Omit<RhythmRequestRecord, 'id' | 'createdAt'>, now: Date): Promise<string> {
    await this.sql.query(
      `update rhythm_requests set status = 'declined', decided_at = $3
        where organisation_id = $1 and person_id = $2 and status = 'open'`,
      [this.organisationId, input.personId, now],
    );
    const [row] = await this.sql.query<{ id: string }>(
      `insert into rhythm_requests (organisation_id, person_id, direction, current_weeks,
                                    proposed_weeks, source, created_at)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [
        this.organisationId,
        input.personId,
        input.direction,
        input.currentWeeks,
        input.proposedWeeks,
        input.source,
        now,
      ],
    );
    return row.id;
  }

  /** The manager decided on the rhythm: an open request is answered by it. */
  async closeRequests(personId: string, status: 'accepted' | 'declined', now: Date): Promise<void> {
    await this.sql.query(
      `update rhythm_requests set status = $3, decided_at = $4
        where organisation_id = $1 and person_id = $2 and status = 'open'`,
      [this.organisationId, personId, status, now],
    );
  }
}
