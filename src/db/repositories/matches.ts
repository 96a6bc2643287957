import type { Locale } from '../../i18n/locales';
import type { Sql } from '../client';
import type {
  ChecklistRecord,
  FeedbackAnswer,
  FeedbackRecord,
  LogEntryRecord,
  MatchMemberRecord,
  MatchRecord,
  MatchResponse,
  MatchStatus,
  MemberRole,
  MessageRecord,
  NewMatch,
  ParticipantRecord,
  ProgrammeKindName,
  StoredReason,
} from './matchRecords';
import { NotificationRepository } from './notifications';

interface MatchRow {
  id: string;
  programme_id: string;
  kind: ProgrammeKindName;
  programme_name: Record<string, string>;
  weights: Record<string, number>;
  meeting_interval_weeks: number;
  meeting_minutes: number;
  round_id: string;
  status: MatchStatus;
  score: number;
  reasons: StoredReason[];
  meeting_id: string | null;
  starts_on: string | null;
  ends_on: string | null;
  ended_at: Date | null;
  end_reason: string | null;
  created_at: Date;
}

interface MemberRow {
  match_id: string;
  person_id: string;
  name: string;
  email: string;
  locale: Locale;
  person_status: 'active' | 'inactive';
  job_title: string | null;
  team_name: string | null;
  site_name: string | null;
  languages: string[];
  role: MemberRole;
  response: MatchResponse;
  response_reason: string | null;
  responded_at: Date | null;
  learning_wish: string | null;
}

const MATCH_COLUMNS = `m.id, m.programme_id, p.kind, p.name as programme_name, p.weights,
  p.meeting_interval_weeks, p.meeting_minutes, m.round_id,
  m.status, m.score, m.reasons, m.meeting_id, m.starts_on, m.ends_on, m.ended_at, m.end_reason,
  m.created_at`;

// Only matches of a published round exist for the people in them: a preview is the admins' draft.
const MATCH_FROM = `from matches m
  join programmes p on p.organisation_id = m.organisation_id and p.id = m.programme_id
  join rounds r on r.organisation_id = m.organisation_id and r.id = m.round_id
    and r.status = 'published'`;

const toMember = (row: MemberRow): MatchMemberRecord => ({
  personId: row.person_id,
  name: row.name,
  email: row.email,
  locale: row.locale,
  personStatus: row.person_status,
  jobTitle: row.job_title,
  teamName: row.team_name,
  siteName: row.site_name,
  languages: row.languages,
  role: row.role,
  response: row.response,
  responseReason: row.response_reason,
  respondedAt: row.responded_at,
  learningWish: row.learning_wish,
});

/**
 * A published pairing and everything its members add to it: their answers, buddy questions,
 * the mentoring log, the onboarding checklist and "did you meet?"; and the in-app
 * notifications about pairings.
 */
export class MatchRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  /**
   * One match with its members. `lock` holds the match row until the transaction ends, so two
   * members answering at the same moment are taken one after the other.
   */
  async find(id: string, options: { lock?: boolean } = {}): Promise<MatchRecord | null> {
    const rows = await this.sql.query<MatchRow>(
      `select ${MATCH_COLUMNS} ${MATCH_FROM} where m.organisation_id = $1 and m.id = $2
       ${options.lock ? 'for update of m' : ''}`,
      [this.organisationId, id],
    );
    if (!rows[0]) return null;
    return (await this.withMembers(rows))[0];
  }

  /** Every published match the person is in, newest first. */
  async listForPerson(personId: string): Promise<MatchRecord[]> {
    const rows = await this.sql.query<MatchRow>(
      `select ${MATCH_COLUMNS} ${MATCH_FROM}
        where m.organisation_id = $1
          and exists (select 1 from match_members mm
                       where mm.organisation_id = $1 and mm.match_id = m.id and mm.person_id = $2)
        order by m.created_at desc, m.id`,
      [this.organisationId, personId],
    );
    return this.withMembers(rows);
  }

  /** The person's proposed and active matches, to end when they leave. */
  async openMatchIds(personId: string): Promise<string[]> {
    const rows = await this.sql.query<{ id: string }>(
      `select m.id from matches m
         join match_members mm on mm.organisation_id = m.organisation_id and mm.match_id = m.id
        where m.organisation_id = $1 and mm.person_id = $2 and m.status in ('proposed', 'active')
        order by m.created_at, m.id`,
      [this.organisationId, personId],
    );
    return rows.map((row) => row.id);
  }

  private async withMembers(rows: MatchRow[]): Promise<MatchRecord[]> {
    if (rows.length === 0) return [];
    const members = await this.sql.query<MemberRow>(
      `select mm.match_id, mm.person_id, pe.name, pe.email, pe.locale, pe.status as person_status,
              pe.job_title, t.name as team_name, s.name as site_name, pe.languages, mm.role,
              mm.response, mm.response_reason, mm.responded_at, mm.learning_wish
         from match_members mm
         join people pe on pe.organisation_id = mm.organisation_id and pe.id = mm.person_id
         left join teams t on t.organisation_id = pe.organisation_id and t.id = pe.team_id
         left join sites s on s.organisation_id = pe.organisation_id and s.id = pe.site_id
        where mm.organisation_id = $1 and mm.match_id = any($2::uuid[])
        order by mm.match_id, case mm.role when 'mentor' then 0 when 'godparent' then 0 else 1 end,
                 lower(pe.name), pe.id`,
      [this.organisationId, rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      id: row.id,
      programmeId: row.programme_id,
      programmeKind: row.kind,
      programmeName: row.programme_name,
      programmeWeights: row.weights,
      meetingIntervalWeeks: row.meeting_interval_weeks,
      meetingMinutes: row.meeting_minutes,
      roundId: row.round_id,
      status: row.status,
      score: row.score,
      reasons: row.reasons,
      meetingId: row.meeting_id,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      endedAt: row.ended_at,
      endReason: row.end_reason,
      createdAt: row.created_at,
      members: members.filter((member) => member.match_id === row.id).map(toMember),
    }));
  }

  async setResponse(
    matchId: string,
    personId: string,
    response: Exclude<MatchResponse, 'pending'>,
    reason: string | null,
    now: Date,
  ): Promise<void> {
    await this.sql.query(
      `update match_members set response = $4, response_reason = $5, responded_at = $6
        where organisation_id = $1 and match_id = $2 and person_id = $3`,
      [this.organisationId, matchId, personId, response, reason, now],
    );
  }

  /** Every member accepted: the pairing starts today unless the round set a start. */
  async activate(matchId: string, today: string, now: Date): Promise<void> {
    await this.sql.query(
      `update matches set status = 'active', starts_on = coalesce(starts_on, $3::date), updated_at = $4
        where organisation_id = $1 and id = $2`,
      [this.organisationId, matchId, today, now],
    );
  }

  async setMeeting(matchId: string, meetingId: string, now: Date): Promise<void> {
    await this.sql.query(
      `update matches set meeting_id = $3, updated_at = $4 where organisation_id = $1 and id = $2`,
      [this.organisationId, matchId, meetingId, now],
    );
  }

  async decline(matchId: string, now: Date): Promise<void> {
    await this.sql.query(
      `update matches set status = 'declined', updated_at = $3 where organisation_id = $1 and id = $2`,
      [this.organisationId, matchId, now],
    );
  }

  async end(
    matchId: string,
    ending: { endedBy: string | null; reason: string | null },
    now: Date,
  ): Promise<void> {
    await this.sql.query(
      `update matches set status = 'ended', ended_at = $3, ended_by = $4, end_reason = $5, updated_at = $3
        where organisation_id = $1 and id = $2`,
      [this.organisationId, matchId, now, ending.endedBy, ending.reason],
    );
  }

  async create(match: NewMatch, now: Date): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into matches (organisation_id, programme_id, round_id, status, score, reasons, ends_on,
                            created_at, updated_at)
       values ($1, $2, $3, 'proposed', $4, $5::jsonb, $6, $7, $7) returning id`,
      [
        this.organisationId,
        match.programmeId,
        match.roundId,
        match.score,
        JSON.stringify(match.reasons),
        match.endsOn,
        now,
      ],
    );
    for (const member of match.members) {
      await this.sql.query(
        `insert into match_members (match_id, organisation_id, person_id, role) values ($1, $2, $3, $4)`,
        [row.id, this.organisationId, member.personId, member.role],
      );
    }
    return row.id;
  }

  /**
   * Holds the programme row until the transaction ends: two replacements in one programme at
   * the same moment would otherwise both pick the same free person.
   */
  async lockProgramme(programmeId: string): Promise<void> {
    await this.sql.query(
      'select id from programmes where organisation_id = $1 and id = $2 for update',
      [this.organisationId, programmeId],
    );
  }

  async participant(programmeId: string, personId: string): Promise<ParticipantRecord | null> {
    const rows = await this.sql.query<{
      person_id: string;
      role: string;
      status: ParticipantRecord['status'];
      silent_rounds: number;
    }>(
      `select pp.person_id, pp.role, pp.status, pp.silent_rounds from programme_participants pp
         join people pe on pe.organisation_id = pp.organisation_id and pe.id = pp.person_id
        where pp.organisation_id = $1 and pp.programme_id = $2 and pp.person_id = $3
          and pe.status = 'active'`,
      [this.organisationId, programmeId, personId],
    );
    const row = rows[0];
    return row
      ? {
          personId: row.person_id,
          role: row.role,
          status: row.status,
          silentRounds: row.silent_rounds,
        }
      : null;
  }

  /**
   * Who could replace a partner for `personId`: active participants of the programme, still
   * working here, not blocked either way, not someone the person already had a declined match
   * with in this programme, and not already with them in an open match. Each comes with how
   * many open matches of the programme they lead (as mentor or godparent) and follow (any other
   * role), so their capacity can be judged.
   */
  async freeParticipants(
    programmeId: string,
    personId: string,
    excluded: readonly string[],
  ): Promise<{ personId: string; role: string; leading: number; following: number }[]> {
    const rows = await this.sql.query<{
      person_id: string;
      role: string;
      leading: number;
      following: number;
    }>(
      `select pp.person_id, pp.role,
              (select count(*)::int from match_members mm
                 join matches m on m.organisation_id = mm.organisation_id and m.id = mm.match_id
                where mm.organisation_id = $1 and mm.person_id = pp.person_id
                  and m.programme_id = $2 and m.status in ('proposed', 'active')
                  and mm.role in ('mentor', 'godparent')) as leading,
              (select count(*)::int from match_members mm
                 join matches m on m.organisation_id = mm.organisation_id and m.id = mm.match_id
                where mm.organisation_id = $1 and mm.person_id = pp.person_id
                  and m.programme_id = $2 and m.status in ('proposed', 'active')
                  and mm.role not in ('mentor', 'godparent')) as following
         from programme_participants pp
         join people pe on pe.organisation_id = pp.organisation_id and pe.id = pp.person_id
        where pp.organisation_id = $1 and pp.programme_id = $2 and pp.status = 'active'
          and pe.status = 'active' and pp.person_id <> $3 and pp.person_id <> all($4::uuid[])
          and not exists (
            select 1 from matches m
              join match_members a on a.organisation_id = m.organisation_id and a.match_id = m.id
              join match_members c on c.organisation_id = m.organisation_id and c.match_id = m.id
             where m.organisation_id = $1 and m.programme_id = $2
               and m.status in ('proposed', 'active')
               and a.person_id = $3 and c.person_id = pp.person_id)
          and not exists (
            select 1 from pairing_blocks b
             where b.organisation_id = $1
               and ((b.person_id = $3 and b.blocked_id = pp.person_id)
                 or (b.person_id = pp.person_id and b.blocked_id = $3)))
          and not exists (
            select 1 from matches m
              join match_members a on a.organisation_id = m.organisation_id and a.match_id = m.id
              join match_members c on c.organisation_id = m.organisation_id and c.match_id = m.id
             where m.organisation_id = $1 and m.programme_id = $2 and m.status = 'declined'
               and a.person_id = $3 and c.person_id = pp.person_id)
        order by pp.person_id`,
      [this.organisationId, programmeId, personId, excluded],
    );
    return rows.map((row) => ({
      personId: row.person_id,
      role: row.role,
      leading: row.leading,
      following: row.following,
    }));
  }

  async messages(matchId: string): Promise<MessageRecord[]> {
    const rows = await this.sql.query<{
      id: string;
      author_id: string;
      reply_to: string | null;
      body: string;
      created_at: Date;
    }>(
      `select id, author_id, reply_to, body, created_at from match_messages
        where organisation_id = $1 and match_id = $2 order by created_at, id`,
      [this.organisationId, matchId],
    );
    return rows.map((row) => ({
      id: row.id,
      authorId: row.author_id,
      replyTo: row.reply_to,
      body: row.body,
      createdAt: row.created_at,
    }));
  }

  async addMessage(
    matchId: string,
    message: { authorId: string; replyTo: string | null; body: string },
    now: Date,
  ): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into match_messages (organisation_id, match_id, author_id, reply_to, body, created_at)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [this.organisationId, matchId, message.authorId, message.replyTo, message.body, now],
    );
    return row.id;
  }

  async setLearningWish(matchId: string, personId: string, wish: string | null): Promise<void> {
    await this.sql.query(
      `update match_members set learning_wish = $4
        where organisation_id = $1 and match_id = $2 and person_id = $3`,
      [this.organisationId, matchId, personId, wish],
    );
  }

  async logEntries(matchId: string): Promise<LogEntryRecord[]> {
    const rows = await this.sql.query<{
      id: string;
      author_id: string;
      held_on: string;
      learned: string;
      created_at: Date;
    }>(
      `select id, author_id, held_on, learned, created_at from match_log_entries
        where organisation_id = $1 and match_id = $2 order by held_on desc, created_at desc, id`,
      [this.organisationId, matchId],
    );
    return rows.map((row) => ({
      id: row.id,
      authorId: row.author_id,
      heldOn: row.held_on,
      learned: row.learned,
      createdAt: row.created_at,
    }));
  }

  async addLogEntry(
    matchId: string,
    entry: { authorId: string; heldOn: string; learned: string },
    now: Date,
  ): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into match_log_entries (organisation_id, match_id, author_id, held_on, learned, created_at)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [this.organisationId, matchId, entry.authorId, entry.heldOn, entry.learned, now],
    );
    return row.id;
  }

  async checklist(matchId: string): Promise<ChecklistRecord[]> {
    const rows = await this.sql.query<{
      item: string;
      done_at: Date | null;
      done_by: string | null;
    }>(
      `select item, done_at, done_by from match_checklist
        where organisation_id = $1 and match_id = $2 order by item`,
      [this.organisationId, matchId],
    );
    return rows.map((row) => ({ item: row.item, doneAt: row.done_at, doneBy: row.done_by }));
  }

  async setChecklistItem(
    matchId: string,
    item: string,
    done: { at: Date; by: string } | null,
  ): Promise<void> {
    await this.sql.query(
      `insert into match_checklist (match_id, organisation_id, item, done_at, done_by)
       values ($1, $2, $3, $4, $5)
       on conflict (match_id, item) do update set done_at = excluded.done_at, done_by = excluded.done_by`,
      [matchId, this.organisationId, item, done?.at ?? null, done?.by ?? null],
    );
  }

  async feedback(matchId: string): Promise<FeedbackRecord[]> {
    const rows = await this.sql.query<{
      person_id: string;
      meeting_on: string;
      answer: FeedbackAnswer;
      rating: number | null;
    }>(
      `select person_id, meeting_on, answer, rating from match_feedback
        where organisation_id = $1 and match_id = $2 order by meeting_on desc, person_id`,
      [this.organisationId, matchId],
    );
    return rows.map((row) => ({
      personId: row.person_id,
      meetingOn: row.meeting_on,
      answer: row.answer,
      rating: row.rating,
    }));
  }

  /** One answer per member per meeting date; answering again changes it. */
  async saveFeedback(
    matchId: string,
    answer: { personId: string; meetingOn: string; answer: FeedbackAnswer; rating: number | null },
    now: Date,
  ): Promise<void> {
    await this.sql.query(
      `insert into match_feedback (match_id, organisation_id, person_id, meeting_on, answer, rating, created_at)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (match_id, person_id, meeting_on)
       do update set answer = excluded.answer, rating = excluded.rating`,
      [
        matchId,
        this.organisationId,
        answer.personId,
        answer.meetingOn,
        answer.answer,
        answer.rating,
        now,
      ],
    );
  }

  async organisation(): Promise<{ id: string; name: string; isDemo: boolean }> {
    const [row] = await this.sql.query<{ id: string; name: string; is_demo: boolean }>(
      'select id, name, is_demo from organisations where id = $1',
      [this.organisationId],
    );
    return { id: row.id, name: row.name, isDemo: row.is_demo };
  }

  async notify(
    personId: string,
    notification: { kind: string; params: Record<string, string | number>; link: string },
    now: Date,
  ): Promise<void> {
    await new NotificationRepository(this.sql, this.organisationId).add({
      personId,
      ...notification,
      now,
    });
  }
}
