import type { MeetingMode } from '../../domain/scheduling/proposeSlots';
import type { Locale } from '../../i18n/locales';
import type { Sql } from '../client';

export type MeetingKind = 'pairing' | 'checkin';
export type MeetingStatus = 'proposed' | 'scheduled' | 'cancelled';

export interface StoredSlot {
  startsAt: Date;
  mode: MeetingMode;
  siteId: string | null;
}

export interface MeetingAttendee {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  timeZone: string;
}

export interface MeetingRecord {
  id: string;
  kind: MeetingKind;
  title: string;
  startsAt: Date | null;
  durationMinutes: number;
  timeZone: string;
  rrule: string | null;
  mode: MeetingMode;
  site: { id: string; name: string; city: string | null } | null;
  videoUrl: string | null;
  proposedSlots: StoredSlot[];
  status: MeetingStatus;
  sequence: number;
  uid: string;
  attendees: MeetingAttendee[];
}

/** The fields a use case writes; the attendees are set once, at creation. */
export interface MeetingFields {
  startsAt: Date | null;
  mode: MeetingMode;
  siteId: string | null;
  videoUrl: string | null;
  proposedSlots: StoredSlot[];
  status: MeetingStatus;
  sequence: number;
  rrule: string | null;
}

/** What blocks a person's time: a meeting they attend, one-off or a series to expand. */
export interface BusyMeeting {
  meetingId: string;
  personId: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  rrule: string | null;
}

interface MeetingRow {
  id: string;
  kind: MeetingKind;
  title: string;
  starts_at: Date | null;
  duration_minutes: number;
  time_zone: string;
  rrule: string | null;
  mode: MeetingMode;
  site_id: string | null;
  site_name: string | null;
  site_city: string | null;
  video_url: string | null;
  proposed_slots: Array<{ startsAt: string; mode: MeetingMode; siteId: string | null }>;
  status: MeetingStatus;
  sequence: number;
  uid: string;
}

const SELECT = `select m.id, m.kind, m.title, m.starts_at, m.duration_minutes, m.time_zone, m.rrule,
        m.mode, m.site_id, s.name as site_name, s.city as site_city, m.video_url, m.proposed_slots,
        m.status, m.sequence, m.uid
   from meetings m
   left join sites s on s.organisation_id = m.organisation_id and s.id = m.site_id`;

/** Meetings of one organisation with their attendees. */
export class MeetingRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async create(
    meeting: MeetingFields & {
      id: string;
      kind: MeetingKind;
      title: string;
      durationMinutes: number;
      timeZone: string;
      uid: string;
      attendeeIds: readonly string[];
      now: Date;
    },
  ): Promise<void> {
    await this.sql.query(
      `insert into meetings (id, organisation_id, kind, title, starts_at, duration_minutes, time_zone,
                             rrule, mode, site_id, video_url, proposed_slots, status, sequence, uid,
                             created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)`,
      [
        meeting.id,
        this.organisationId,
        meeting.kind,
        meeting.title,
        meeting.startsAt,
        meeting.durationMinutes,
        meeting.timeZone,
        meeting.rrule,
        meeting.mode,
        meeting.siteId,
        meeting.videoUrl,
        JSON.stringify(meeting.proposedSlots),
        meeting.status,
        meeting.sequence,
        meeting.uid,
        meeting.now,
      ],
    );
    await this.sql.query(
      `insert into meeting_attendees (organisation_id, meeting_id, person_id)
       select $1, $2, unnest($3::uuid[])`,
      [this.organisationId, meeting.id, meeting.attendeeIds],
    );
  }

  async update(id: string, fields: MeetingFields, now: Date): Promise<void> {
    await this.sql.query(
      `update meetings
          set starts_at = $3, mode = $4, site_id = $5, video_url = $6, proposed_slots = $7,
              status = $8, sequence = $9, rrule = $10, updated_at = $11
        where organisation_id = $1 and id = $2`,
      [
        this.organisationId,
        id,
        fields.startsAt,
        fields.mode,
        fields.siteId,
        fields.videoUrl,
        JSON.stringify(fields.proposedSlots),
        fields.status,
        fields.sequence,
        fields.rrule,
        now,
      ],
    );
  }

  async find(id: string): Promise<MeetingRecord | null> {
    const rows = await this.sql.query<MeetingRow>(
      `${SELECT} where m.organisation_id = $1 and m.id = $2 for update of m`,
      [this.organisationId, id],
    );
    return (await this.withAttendees(rows))[0] ?? null;
  }

  /**
   * The meetings a person attends that are not cancelled and may still happen after `from`:
   * one-offs that have not ended, and every series (the caller expands it).
   */
  async listFor(personId: string, from: Date): Promise<MeetingRecord[]> {
    const rows = await this.sql.query<MeetingRow>(
      `${SELECT}
        join meeting_attendees a on a.organisation_id = m.organisation_id and a.meeting_id = m.id
        where m.organisation_id = $1 and a.person_id = $2 and m.status <> 'cancelled'
          and (m.rrule is not null or m.starts_at is null
               or m.starts_at + make_interval(mins => m.duration_minutes) > $3)
        order by m.starts_at nulls first, m.id`,
      [this.organisationId, personId, from],
    );
    return this.withAttendees(rows);
  }

  /** Scheduled meetings of these people, except `exceptId`: the time they are already taken. */
  async busyOf(personIds: readonly string[], exceptId: string | null): Promise<BusyMeeting[]> {
    const rows = await this.sql.query<{
      meeting_id: string;
      person_id: string;
      starts_at: Date;
      duration_minutes: number;
      time_zone: string;
      rrule: string | null;
    }>(
      `select m.id as meeting_id, a.person_id, m.starts_at, m.duration_minutes, m.time_zone, m.rrule
         from meetings m
         join meeting_attendees a on a.organisation_id = m.organisation_id and a.meeting_id = m.id
        where m.organisation_id = $1 and a.person_id = any($2::uuid[])
          and m.status = 'scheduled' and ($3::uuid is null or m.id <> $3::uuid)`,
      [this.organisationId, personIds, exceptId],
    );
    return rows.map((row) => ({
      meetingId: row.meeting_id,
      personId: row.person_id,
      startsAt: row.starts_at,
      durationMinutes: row.duration_minutes,
      timeZone: row.time_zone,
      rrule: row.rrule,
    }));
  }

  /** Scheduled meetings that may have an occurrence starting in (from, to]: series and one-offs. */
  async scheduledStartingBetween(from: Date, to: Date): Promise<MeetingRecord[]> {
    const rows = await this.sql.query<MeetingRow>(
      `${SELECT} where m.organisation_id = $1 and m.status = 'scheduled' and m.starts_at <= $3
          and (m.rrule is not null or m.starts_at > $2)
        order by m.starts_at, m.id`,
      [this.organisationId, from, to],
    );
    return this.withAttendees(rows);
  }

  /** Records a reminder; false when this occurrence was reminded already. */
  async markReminded(meetingId: string, occurrence: Date, now: Date): Promise<boolean> {
    const rows = await this.sql.query(
      `insert into meeting_reminders (organisation_id, meeting_id, occurrence_starts_at, sent_at)
       values ($1, $2, $3, $4) on conflict do nothing returning meeting_id`,
      [this.organisationId, meetingId, occurrence, now],
    );
    return rows.length > 0;
  }

  private async withAttendees(rows: MeetingRow[]): Promise<MeetingRecord[]> {
    if (rows.length === 0) return [];
    const attendees = await this.sql.query<{
      meeting_id: string;
      id: string;
      name: string;
      email: string;
      locale: Locale;
      time_zone: string;
    }>(
      `select a.meeting_id, p.id, p.name, p.email, p.locale, p.time_zone
         from meeting_attendees a
         join people p on p.organisation_id = a.organisation_id and p.id = a.person_id
        where a.organisation_id = $1 and a.meeting_id = any($2::uuid[])
        order by p.name, p.id`,
      [this.organisationId, rows.map((row) => row.id)],
    );
    const byMeeting = new Map<string, MeetingAttendee[]>(rows.map((row) => [row.id, []]));
    for (const a of attendees) {
      byMeeting.get(a.meeting_id)?.push({
        id: a.id,
        name: a.name,
        email: a.email,
        locale: a.locale,
        timeZone: a.time_zone,
      });
    }
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      startsAt: row.starts_at,
      durationMinutes: row.duration_minutes,
      timeZone: row.time_zone,
      rrule: row.rrule,
      mode: row.mode,
      site:
        row.site_id && row.site_name
          ? { id: row.site_id, name: row.site_name, city: row.site_city }
          : null,
      videoUrl: row.video_url,
      proposedSlots: row.proposed_slots.map((slot) => ({
        startsAt: new Date(slot.startsAt),
        mode: slot.mode,
        siteId: slot.siteId,
      })),
      status: row.status,
      sequence: row.sequence,
      uid: row.uid,
      attendees: byMeeting.get(row.id) ?? [],
    }));
  }
}

/**
 * Organisations with a scheduled meeting that may start in (from, to]: where the reminder job
 * has work. Crosses organisations on purpose: the job runs for the whole installation.
 */
export async function organisationsWithMeetingsBetween(
  sql: Sql,
  from: Date,
  to: Date,
): Promise<string[]> {
  const rows = await sql.query<{ organisation_id: string }>(
    `select distinct organisation_id from meetings
      where status = 'scheduled' and starts_at <= $2 and (rrule is not null or starts_at > $1)`,
    [from, to],
  );
  return rows.map((row) => row.organisation_id);
}
