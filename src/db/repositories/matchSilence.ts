import type { Locale } from '../../i18n/locales';
import type { Sql } from '../client';

/** Organisations with a finished round whose silence is not counted yet (for the job runner). */
export async function organisationsAwaitingSilence(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ organisation_id: string }>(
    `select distinct r.organisation_id from rounds r
      where r.status = 'published' and r.silence_counted_at is null
        and exists (select 1 from rounds later
                     where later.organisation_id = r.organisation_id
                       and later.programme_id = r.programme_id and later.status = 'published'
                       and later.number > r.number)`,
  );
  return rows.map((row) => row.organisation_id);
}

/**
 * Counting "did you meet?" silence per finished round. Besides its own round marker it writes
 * the two programme_participants columns that belong to pairings: `silent_rounds`, and
 * `status` when three silent rounds pause someone.
 */
export class MatchSilenceRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  /**
   * Published rounds whose silence was not counted yet and that are over: a later round of
   * the programme has been published. Oldest first, so counts grow in the order rounds ran.
   */
  async roundsAwaitingSilence(): Promise<{ id: string; programmeId: string }[]> {
    const rows = await this.sql.query<{ id: string; programme_id: string }>(
      `select r.id, r.programme_id from rounds r
        where r.organisation_id = $1 and r.status = 'published' and r.silence_counted_at is null
          and exists (select 1 from rounds later
                       where later.organisation_id = r.organisation_id
                         and later.programme_id = r.programme_id and later.status = 'published'
                         and later.number > r.number)
        order by r.published_at, r.number`,
      [this.organisationId],
    );
    return rows.map((row) => ({ id: row.id, programmeId: row.programme_id }));
  }

  /**
   * Members of the round's pairings that took place (active or ended), each with whether they
   * answered "did you meet?" for any meeting of their pairing.
   */
  async roundAnswers(roundId: string): Promise<{ personId: string; answered: boolean }[]> {
    const rows = await this.sql.query<{ person_id: string; answered: boolean }>(
      `select mm.person_id, bool_or(exists (
                select 1 from match_feedback f
                 where f.organisation_id = mm.organisation_id and f.match_id = mm.match_id
                   and f.person_id = mm.person_id)) as answered
         from match_members mm
         join matches m on m.organisation_id = mm.organisation_id and m.id = mm.match_id
        where mm.organisation_id = $1 and m.round_id = $2 and m.status in ('active', 'ended')
        group by mm.person_id order by mm.person_id`,
      [this.organisationId, roundId],
    );
    return rows.map((row) => ({ personId: row.person_id, answered: row.answered }));
  }

  async markSilenceCounted(roundId: string, now: Date): Promise<void> {
    await this.sql.query(
      'update rounds set silence_counted_at = $3 where organisation_id = $1 and id = $2',
      [this.organisationId, roundId, now],
    );
  }

  /** Silent once more: the new count. */
  async countSilence(programmeId: string, personId: string, now: Date): Promise<number> {
    const rows = await this.sql.query<{ silent_rounds: number }>(
      `update programme_participants set silent_rounds = silent_rounds + 1, updated_at = $4
        where organisation_id = $1 and programme_id = $2 and person_id = $3
        returning silent_rounds`,
      [this.organisationId, programmeId, personId, now],
    );
    return rows[0]?.silent_rounds ?? 0;
  }

  async resetSilence(programmeId: string, personId: string, now: Date): Promise<void> {
    await this.sql.query(
      `update programme_participants set silent_rounds = 0, updated_at = $4
        where organisation_id = $1 and programme_id = $2 and person_id = $3 and silent_rounds <> 0`,
      [this.organisationId, programmeId, personId, now],
    );
  }

  /** Pauses an active participant; false when they were not active (already paused or left). */
  async pauseParticipant(programmeId: string, personId: string, now: Date): Promise<boolean> {
    const rows = await this.sql.query<{ person_id: string }>(
      `update programme_participants set status = 'paused', updated_at = $4
        where organisation_id = $1 and programme_id = $2 and person_id = $3 and status = 'active'
        returning person_id`,
      [this.organisationId, programmeId, personId, now],
    );
    return rows.length > 0;
  }

  async programmeName(programmeId: string): Promise<Record<string, string>> {
    const [row] = await this.sql.query<{ name: Record<string, string> }>(
      'select name from programmes where organisation_id = $1 and id = $2',
      [this.organisationId, programmeId],
    );
    return row?.name ?? {};
  }

  async person(
    personId: string,
  ): Promise<{ id: string; name: string; email: string; locale: Locale } | null> {
    const rows = await this.sql.query<{ id: string; name: string; email: string; locale: Locale }>(
      'select id, name, email, locale from people where organisation_id = $1 and id = $2',
      [this.organisationId, personId],
    );
    return rows[0] ?? null;
  }
}
