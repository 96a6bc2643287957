import { randomUUID } from 'node:crypto';
import type { PairingHistoryEntry } from '../../domain/matching/programmes';
import type { LiveLoad } from '../../domain/programmes/roomInRound';
import type { Sql } from '../client';
import { unnestInsert } from './unnestInsert';

export type RoundStatus = 'preview' | 'published' | 'discarded';
export type MemberRole = 'participant' | 'mentor' | 'mentee' | 'newcomer' | 'godparent';

export interface StoredReason {
  /** A full translation key, namespace included: `matching:match.reason.sameTeam`. */
  key: string;
  params: Record<string, string | number>;
  about?: string[];
}

export interface UnmatchedEntry {
  personId: string;
  reason: StoredReason;
  blockedBy?: StoredReason[];
}

export interface RoundSummary {
  people: number;
  matchedPeople: number;
  matches: number;
  unmatched: UnmatchedEntry[];
  nobody: { key: string; because: StoredReason[] } | null;
  optimal: boolean;
  qualityRatio?: number;
}

export interface RoundRecord {
  id: string;
  programmeId: string;
  number: number;
  status: RoundStatus;
  scheduledFor: Date | null;
  summary: RoundSummary;
  createdAt: Date;
  publishedAt: Date | null;
}

export interface NewMatch {
  members: { personId: string; role: MemberRole }[];
  score: number;
  reasons: StoredReason[];
}

export interface MatchRecord {
  id: string;
  status: string;
  score: number;
  reasons: StoredReason[];
  edited: boolean;
  members: { personId: string; name: string; role: MemberRole; response: string }[];
}

interface RoundRow {
  id: string;
  programme_id: string;
  number: number;
  status: RoundStatus;
  scheduled_for: Date | null;
  summary: RoundSummary;
  created_at: Date;
  published_at: Date | null;
}

const toRound = (row: RoundRow): RoundRecord => ({
  id: row.id,
  programmeId: row.programme_id,
  number: row.number,
  status: row.status,
  scheduledFor: row.scheduled_for,
  summary: row.summary,
  createdAt: row.created_at,
  publishedAt: row.published_at,
});

const ROUND_COLUMNS =
  'id, programme_id, number, status, scheduled_for, summary, created_at, published_at';

/** Matching rounds of a programme and the matches they hold, from preview to published. */
export class RoundRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  /**
   * A new round, or null when the programme already has the round of this scheduled moment:
   * a second instance starting it runs into the unique index instead of making a twin.
   */
  async create(round: {
    programmeId: string;
    status: 'preview' | 'published';
    scheduledFor: Date | null;
    createdBy: string | null;
    at: Date;
  }): Promise<RoundRecord | null> {
    const rows = await this.sql.query<RoundRow>(
      `insert into rounds (organisation_id, programme_id, number, status, scheduled_for,
                           created_by, created_at, published_at)
       select $1, $2, coalesce(max(number), 0) + 1, $3, $4, $5, $6,
              case when $3 = 'published' then $6::timestamptz end
         from rounds where organisation_id = $1 and programme_id = $2
       on conflict (programme_id, scheduled_for) do nothing
       returning ${ROUND_COLUMNS}`,
      [
        this.organisationId,
        round.programmeId,
        round.status,
        round.scheduledFor,
        round.createdBy,
        round.at,
      ],
    );
    return rows[0] ? toRound(rows[0]) : null;
  }

  async find(id: string): Promise<RoundRecord | null> {
    const rows = await this.sql.query<RoundRow>(
      `select ${ROUND_COLUMNS} from rounds where organisation_id = $1 and id = $2`,
      [this.organisationId, id],
    );
    return rows[0] ? toRound(rows[0]) : null;
  }

  async preview(programmeId: string): Promise<RoundRecord | null> {
    const rows = await this.sql.query<RoundRow>(
      `select ${ROUND_COLUMNS} from rounds
        where organisation_id = $1 and programme_id = $2 and status = 'preview'`,
      [this.organisationId, programmeId],
    );
    return rows[0] ? toRound(rows[0]) : null;
  }

  async latestPublished(programmeId: string): Promise<RoundRecord | null> {
    const rows = await this.sql.query<RoundRow>(
      `select ${ROUND_COLUMNS} from rounds
        where organisation_id = $1 and programme_id = $2 and status = 'published'
        order by number desc limit 1`,
      [this.organisationId, programmeId],
    );
    return rows[0] ? toRound(rows[0]) : null;
  }

  async names(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.sql.query<{ id: string; name: string }>(
      'select id, name from people where organisation_id = $1 and id = any($2::uuid[])',
      [this.organisationId, ids],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async setSummary(roundId: string, summary: RoundSummary): Promise<void> {
    await this.sql.query('update rounds set summary = $3 where organisation_id = $1 and id = $2', [
      this.organisationId,
      roundId,
      JSON.stringify(summary),
    ]);
  }

  /** Stores a round's matches and their members, a few statements for any number. */
  async addMatches(
    programmeId: string,
    roundId: string,
    matches: readonly NewMatch[],
    status: 'preview' | 'proposed',
    dates: { startsOn: string | null; endsOn: string | null } = { startsOn: null, endsOn: null },
  ): Promise<string[]> {
    const rows = matches.map((m) => ({ ...m, id: randomUUID() }));
    await unnestInsert(
      this.sql,
      'matches',
      this.organisationId,
      [
        { name: 'id', type: 'uuid', value: (r) => r.id },
        { name: 'programme_id', type: 'uuid', value: () => programmeId },
        { name: 'round_id', type: 'uuid', value: () => roundId },
        { name: 'status', type: 'text', value: () => status },
        {
          name: 'score',
          type: 'text',
          value: (r) => String(r.score),
          expression: 'u.score::float8',
        },
        {
          name: 'reasons',
          type: 'text',
          value: (r) => JSON.stringify(r.reasons),
          expression: 'u.reasons::jsonb',
        },
        { name: 'starts_on', type: 'date', value: () => dates.startsOn },
        { name: 'ends_on', type: 'date', value: () => dates.endsOn },
      ],
      rows,
    );
    const members = rows.flatMap((r) =>
      r.members.map((m) => ({ matchId: r.id, personId: m.personId, role: m.role })),
    );
    await unnestInsert(
      this.sql,
      'match_members',
      this.organisationId,
      [
        { name: 'match_id', type: 'uuid', value: (m) => m.matchId },
        { name: 'person_id', type: 'uuid', value: (m) => m.personId },
        { name: 'role', type: 'text', value: (m) => m.role },
      ],
      members,
    );
    return rows.map((r) => r.id);
  }

  async matches(roundId: string): Promise<MatchRecord[]> {
    const rows = await this.sql.query<{
      id: string;
      status: string;
      score: number;
      reasons: StoredReason[];
      edited: boolean;
      person_id: string;
      name: string;
      role: MemberRole;
      response: string;
    }>(
      `select m.id, m.status, m.score, m.reasons, m.edited, mm.person_id, p.name, mm.role,
              mm.response
         from matches m
         join match_members mm on mm.organisation_id = m.organisation_id and mm.match_id = m.id
         join people p on p.organisation_id = mm.organisation_id and p.id = mm.person_id
        where m.organisation_id = $1 and m.round_id = $2
        order by m.score desc, m.id,
                 case mm.role when 'mentor' then 0 when 'godparent' then 0 else 1 end, p.name`,
      [this.organisationId, roundId],
    );
    const byId = new Map<string, MatchRecord>();
    for (const row of rows) {
      let match = byId.get(row.id);
      if (!match) {
        match = {
          id: row.id,
          status: row.status,
          score: row.score,
          reasons: row.reasons,
          edited: row.edited,
          members: [],
        };
        byId.set(row.id, match);
      }
      match.members.push({
        personId: row.person_id,
        name: row.name,
        role: row.role,
        response: row.response,
      });
    }
    return [...byId.values()];
  }

  /** A match changed by hand: its members, and the score and reasons worked out for them. */
  async replaceMatch(
    matchId: string,
    members: NewMatch['members'],
    score: number,
    reasons: StoredReason[],
  ): Promise<void> {
    await this.sql.query('delete from match_members where organisation_id = $1 and match_id = $2', [
      this.organisationId,
      matchId,
    ]);
    await this.sql.query(
      `insert into match_members (organisation_id, match_id, person_id, role)
       select $1, $2, u.person_id, u.role from unnest($3::uuid[], $4::text[]) as u(person_id, role)`,
      [this.organisationId, matchId, members.map((m) => m.personId), members.map((m) => m.role)],
    );
    await this.sql.query(
      `update matches set score = $3, reasons = $4, edited = true, updated_at = now()
        where organisation_id = $1 and id = $2`,
      [this.organisationId, matchId, score, JSON.stringify(reasons)],
    );
  }

  async deleteMatch(roundId: string, matchId: string): Promise<void> {
    await this.sql.query(
      'delete from matches where organisation_id = $1 and round_id = $2 and id = $3',
      [this.organisationId, roundId, matchId],
    );
  }

  /**
   * Preview → published, once: of two admins publishing at once, the second finds the round
   * published already and gets false. Its matches are proposed to their members, start today
   * and end after the pairing.
   */
  async publish(
    roundId: string,
    by: string | null,
    at: Date,
    dates: { startsOn: string; endsOn: string | null },
  ): Promise<boolean> {
    const rows = await this.sql.query<{ id: string }>(
      `update rounds set status = 'published', published_at = $3, published_by = $4
        where organisation_id = $1 and id = $2 and status = 'preview' returning id`,
      [this.organisationId, roundId, at, by],
    );
    if (rows.length === 0) return false;
    await this.sql.query(
      `update matches set status = 'proposed', starts_on = $3, ends_on = $4, updated_at = $5
        where organisation_id = $1 and round_id = $2`,
      [this.organisationId, roundId, dates.startsOn, dates.endsOn, at],
    );
    return true;
  }

  /** A preview thrown away: its matches go, the round stays as a discarded number. */
  async discard(roundId: string): Promise<boolean> {
    const rows = await this.sql.query<{ id: string }>(
      `update rounds set status = 'discarded'
        where organisation_id = $1 and id = $2 and status = 'preview' returning id`,
      [this.organisationId, roundId],
    );
    if (rows.length === 0) return false;
    await this.sql.query('delete from matches where organisation_id = $1 and round_id = $2', [
      this.organisationId,
      roundId,
    ]);
    return true;
  }

  /** Earlier matches of the programme's last `rounds` published rounds; 1 = the latest. */
  async history(programmeId: string, rounds: number): Promise<PairingHistoryEntry[]> {
    const rows = await this.sql.query<{ members: string[]; rounds_ago: number }>(
      `with recent as (
         select id, row_number() over (order by number desc) as rounds_ago
           from rounds
          where organisation_id = $1 and programme_id = $2 and status = 'published'
          order by number desc limit $3)
       select array_agg(mm.person_id::text order by mm.person_id) as members,
              recent.rounds_ago::int as rounds_ago
         from recent
         join matches m on m.organisation_id = $1 and m.round_id = recent.id
         join match_members mm on mm.organisation_id = $1 and mm.match_id = m.id
        group by m.id, recent.rounds_ago`,
      [this.organisationId, programmeId, rounds],
    );
    return rows.map((row) => ({ members: row.members, roundsAgo: row.rounds_ago }));
  }

  /** People in a proposed or running match of the programme's published rounds. */
  /** Each person's proposed and active pairings in the programme, led and followed. */
  async liveLoads(programmeId: string): Promise<Map<string, LiveLoad>> {
    const rows = await this.sql.query<{ person_id: string; leading: number; following: number }>(
      `select mm.person_id,
              count(*) filter (where mm.role in ('mentor', 'godparent'))::int as leading,
              count(*) filter (where mm.role not in ('mentor', 'godparent'))::int as following
         from matches m
         join rounds r on r.organisation_id = m.organisation_id and r.id = m.round_id
         join match_members mm on mm.organisation_id = m.organisation_id and mm.match_id = m.id
        where m.organisation_id = $1 and m.programme_id = $2
          and r.status = 'published' and m.status in ('proposed', 'active')
        group by mm.person_id`,
      [this.organisationId, programmeId],
    );
    return new Map(
      rows.map((row) => [row.person_id, { leading: row.leading, following: row.following }]),
    );
  }

  /** Participation figures over the programme's published rounds. */
  async figures(programmeId: string): Promise<{
    rounds: number;
    matches: number;
    matchedPeople: number;
    accepted: number;
    declined: number;
    pending: number;
    meetingsHeld: number;
  }> {
    const [row] = await this.sql.query<{
      rounds: number;
      matches: number;
      matched_people: number;
      accepted: number;
      declined: number;
      pending: number;
      meetings_held: number;
    }>(
      `with published as (
         select id from rounds
          where organisation_id = $1 and programme_id = $2 and status = 'published'),
       programme_matches as (
         select m.id from matches m join published r on r.id = m.round_id
          where m.organisation_id = $1),
       members as (
         select mm.person_id, mm.response from match_members mm
           join programme_matches pm on pm.id = mm.match_id
          where mm.organisation_id = $1)
       select (select count(*) from published)::int as rounds,
              (select count(*) from programme_matches)::int as matches,
              (select count(distinct person_id) from members)::int as matched_people,
              (select count(*) from members where response = 'accepted')::int as accepted,
              (select count(*) from members where response = 'declined')::int as declined,
              (select count(*) from members where response = 'pending')::int as pending,
              (select count(*) from (
                 select distinct f.match_id, f.meeting_on from match_feedback f
                   join programme_matches pm on pm.id = f.match_id
                  where f.organisation_id = $1 and f.answer = 'yes') held)::int as meetings_held`,
      [this.organisationId, programmeId],
    );
    return {
      rounds: row.rounds,
      matches: row.matches,
      matchedPeople: row.matched_people,
      accepted: row.accepted,
      declined: row.declined,
      pending: row.pending,
      meetingsHeld: row.meetings_held,
    };
  }

  /** Who to tell about a round's matches, with their partners. */
  async memberContacts(roundId: string): Promise<
    {
      matchId: string;
      personId: string;
      name: string;
      email: string;
      locale: 'nl' | 'en';
      timeZone: string;
    }[]
  > {
    const rows = await this.sql.query<{
      match_id: string;
      person_id: string;
      name: string;
      email: string;
      locale: 'nl' | 'en';
      time_zone: string;
    }>(
      // The round's match ids first, then their members in one scan: joined match by match,
      // a round just stored (its tables not yet analysed) was planned as a scan per match.
      `select mm.match_id, mm.person_id, p.name, p.email, p.locale, p.time_zone
         from match_members mm
         join people p on p.organisation_id = mm.organisation_id and p.id = mm.person_id
        where mm.organisation_id = $1
          and mm.match_id = any(array(
                select id from matches where organisation_id = $1 and round_id = $2))
        order by mm.match_id, p.name, p.id`,
      [this.organisationId, roundId],
    );
    return rows.map((row) => ({
      matchId: row.match_id,
      personId: row.person_id,
      name: row.name,
      email: row.email,
      locale: row.locale,
      timeZone: row.time_zone,
    }));
  }

  /**
   * The in-app "you have a match" for each member of the round's matches, in one statement
   * (the match ids first, as in memberContacts).
   */
  async notifyMembers(roundId: string, kind: string, params: object, at: Date): Promise<void> {
    await this.sql.query(
      `insert into notifications (organisation_id, person_id, kind, params, link, created_at)
       select $1, mm.person_id, $3, $4::jsonb, '/matches/' || mm.match_id, $5
         from match_members mm
        where mm.organisation_id = $1
          and mm.match_id = any(array(
                select id from matches where organisation_id = $1 and round_id = $2))`,
      [this.organisationId, roundId, kind, JSON.stringify(params), at],
    );
  }

  /**
   * The demo's answers: in two of every `every` matches (by id order) all members accepted and
   * the match is running.
   */
  async acceptSome(roundId: string, every: number, at: Date): Promise<void> {
    await this.sql.query(
      `with chosen as (
         select id from (
           select id, row_number() over (order by id) as n from matches
            where organisation_id = $1 and round_id = $2) numbered
          where n % $3 <> 0),
       accepted as (
         update match_members set response = 'accepted', responded_at = $4
          where organisation_id = $1 and match_id in (select id from chosen))
       update matches set status = 'active', updated_at = $4
        where organisation_id = $1 and id in (select id from chosen)`,
      [this.organisationId, roundId, every, at],
    );
  }
}
