import type { SupportNeed } from '../../domain/cadence/cadence';
import type { DigestInput } from '../../domain/digest/weeklyDigest';
import type { Locale } from '../../i18n/locales';
import type { Sql } from '../client';

/** A person's digest material; a programme's name still in all its languages. */
export interface DigestMaterial extends Omit<DigestInput, 'pendingPairings'> {
  pendingPairings: Record<string, string>[];
}

export interface DigestRecipient {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  timeZone: string;
}

/** Non-demo organisations whose own time zone is this one: their digest is due together. */
export async function digestOrganisationsIn(sql: Sql, timeZone: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `select id from organisations where default_time_zone = $1 and not is_demo order by id`,
    [timeZone],
  );
  return rows.map((row) => row.id);
}

/**
 * What the weekly digest reads of one organisation, for everyone at once: a handful of
 * queries whatever its size, grouped by person here.
 */
export class DigestRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async recipients(): Promise<DigestRecipient[]> {
    const rows = await this.sql.query<{
      id: string;
      name: string;
      email: string;
      locale: Locale;
      time_zone: string;
    }>(
      `select id, name, email, locale, time_zone from people
        where organisation_id = $1 and status = 'active' order by id`,
      [this.organisationId],
    );
    return rows.map((row) => ({ ...row, timeZone: row.time_zone }));
  }

  /** Each person's material for the week from `from` to `to`. */
  async material(from: Date, to: Date): Promise<Map<string, DigestMaterial>> {
    const org = this.organisationId;
    const [meetings, pairings, actions, checkins, unread, reports, hands] = [
      await this.sql.query<{
        person_id: string;
        title: string;
        starts_at: Date;
        time_zone: string;
        rrule: string | null;
      }>(
        `select a.person_id, m.title, m.starts_at, m.time_zone, m.rrule
           from meeting_attendees a
           join meetings m on m.organisation_id = a.organisation_id and m.id = a.meeting_id
          where a.organisation_id = $1 and m.status = 'scheduled' and m.starts_at < $3
            and (m.rrule is not null or m.starts_at >= $2)`,
        [org, from, to],
      ),
      await this.sql.query<{ person_id: string; name: Record<string, string> }>(
        `select mm.person_id, p.name
           from match_members mm
           join matches m on m.organisation_id = mm.organisation_id and m.id = mm.match_id
           join programmes p on p.organisation_id = m.organisation_id and p.id = m.programme_id
          where mm.organisation_id = $1 and m.status = 'proposed' and mm.response = 'pending'`,
        [org],
      ),
      await this.sql.query<{ owner_id: string; title: string; due_on: string | null }>(
        `select owner_id, title, due_on::text from checkin_actions
          where organisation_id = $1 and done_on is null`,
        [org],
      ),
      await this.sql.query<{ person_id: string; scheduled_on: string }>(
        `select person_id, min(scheduled_on)::text as scheduled_on from checkins
          where organisation_id = $1 and status = 'planned' group by person_id`,
        [org],
      ),
      await this.sql.query<{ person_id: string; count: number }>(
        `select person_id, count(*)::int as count from notifications
          where organisation_id = $1 and read_at is null group by person_id`,
        [org],
      ),
      // every active report of a manager, with what decides whether they are overdue
      await this.sql.query<{
        manager_id: string;
        support_need: number;
        start_date: string | null;
        override_weeks: number | null;
        planned_on: string | null;
        last_held_on: string | null;
      }>(
        `select p.manager_id, coalesce(l.support_need, 3) as support_need,
                p.start_date::text as start_date, r.weeks as override_weeks,
                c.planned_on::text as planned_on, c.last_held_on::text as last_held_on
           from people p
           left join learning_profiles l on l.organisation_id = p.organisation_id and l.person_id = p.id
           left join checkin_rhythms r on r.organisation_id = p.organisation_id and r.person_id = p.id
           left join (select person_id, min(scheduled_on) filter (where status = 'planned') as planned_on,
                             max(held_on) as last_held_on
                        from checkins where organisation_id = $1 group by person_id) c
             on c.person_id = p.id
          where p.organisation_id = $1 and p.status = 'active' and p.manager_id is not null`,
        [org],
      ),
      // hands raised by the manager's current reports and not resolved yet
      await this.sql.query<{ manager_id: string; count: number }>(
        `select p.manager_id, count(*)::int as count
           from help_signals h
           join people p on p.organisation_id = h.organisation_id and p.id = h.person_id
          where h.organisation_id = $1 and h.status <> 'resolved' and p.manager_id is not null
            and p.status = 'active'
          group by p.manager_id`,
        [org],
      ),
    ];
    const byPerson = new Map<string, DigestMaterial>();
    const of = (id: string) => {
      let material = byPerson.get(id);
      if (!material) {
        material = {
          meetings: [],
          pendingPairings: [],
          openActions: [],
          nextCheckinOn: null,
          unreadNotifications: 0,
          reports: [],
          openHands: 0,
        };
        byPerson.set(id, material);
      }
      return material;
    };
    for (const row of meetings) {
      of(row.person_id).meetings.push({
        title: row.title,
        startsAt: row.starts_at,
        timeZone: row.time_zone,
        rrule: row.rrule,
      });
    }
    for (const row of pairings) of(row.person_id).pendingPairings.push(row.name);
    for (const row of actions)
      of(row.owner_id).openActions.push({ title: row.title, dueOn: row.due_on });
    for (const row of checkins) of(row.person_id).nextCheckinOn = row.scheduled_on;
    for (const row of unread) of(row.person_id).unreadNotifications = row.count;
    for (const row of reports) {
      of(row.manager_id).reports.push({
        supportNeed: row.support_need as SupportNeed,
        startDate: row.start_date,
        overrideWeeks: row.override_weeks,
        plannedOn: row.planned_on,
        lastHeldOn: row.last_held_on,
      });
    }
    for (const row of hands) of(row.manager_id).openHands = row.count;
    return byPerson;
  }
}
