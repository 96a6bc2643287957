import type { Sql } from '../client';
import type { Ref } from './people';

export type CheckinStatus = 'planned' | 'held' | 'cancelled';
export type RhythmAnswer = 'more' | 'same' | 'less';

export interface CheckinRecord {
  id: string;
  person: Ref;
  manager: Ref;
  scheduledOn: string;
  dueOn: string;
  status: CheckinStatus;
  heldOn: string | null;
  meetingId: string | null;
  pulseSupport: number | null;
  pulseRhythm: RhythmAnswer | null;
}

interface CheckinRow {
  id: string;
  person_id: string;
  person_name: string;
  manager_id: string;
  manager_name: string;
  scheduled_on: string;
  due_on: string;
  status: CheckinStatus;
  held_on: string | null;
  meeting_id: string | null;
  pulse_support: number | null;
  pulse_rhythm: RhythmAnswer | null;
}

// A held check-in keeps the manager who held it; a planned one is with whoever manages the
// person now, so a reassignment moves the future and never the past.
const SELECT = `select c.id, c.person_id, p.name as person_name, m.id as manager_id, m.name as manager_name,
                       c.scheduled_on, c.due_on, c.status, c.held_on, c.meeting_id,
                       c.pulse_support, c.pulse_rhythm
                  from checkins c
                  join people p on p.organisation_id = c.organisation_id and p.id = c.person_id
                  join people m on m.organisation_id = c.organisation_id
                   and m.id = coalesce(case when c.status = 'planned' then p.manager_id end, c.manager_id)`;

const toRecord = (row: CheckinRow): CheckinRecord => ({
  id: row.id,
  person: { id: row.person_id, name: row.person_name },
  manager: { id: row.manager_id, name: row.manager_name },
  scheduledOn: row.scheduled_on,
  dueOn: row.due_on,
  status: row.status,
  heldOn: row.held_on,
  meetingId: row.meeting_id,
  pulseSupport: row.pulse_support,
  pulseRhythm: row.pulse_rhythm,
});

/** Check-ins themselves; their agenda, notes and actions live in CheckinContentRepository. */
export class CheckinRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async find(id: string): Promise<CheckinRecord | null> {
    const rows = await this.sql.query<CheckinRow>(
      `${SELECT} where c.organisation_id = $1 and c.id = $2`,
      [this.organisationId, id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The person's check-ins, the latest first. */
  async listFor(personId: string): Promise<CheckinRecord[]> {
    const rows = await this.sql.query<CheckinRow>(
      `${SELECT} where c.organisation_id = $1 and c.person_id = $2
        order by c.scheduled_on desc, c.created_at desc`,
      [this.organisationId, personId],
    );
    return rows.map(toRecord);
  }

  async plannedFor(personId: string): Promise<CheckinRecord | null> {
    const rows = await this.sql.query<CheckinRow>(
      `${SELECT} where c.organisation_id = $1 and c.person_id = $2 and c.status = 'planned'`,
      [this.organisationId, personId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Per person: the planned check-in's date and the last day one was held. */
  async summaries(
    personIds: readonly string[],
  ): Promise<
    Map<string, { plannedId: string | null; plannedOn: string | null; lastHeldOn: string | null }>
  > {
    if (personIds.length === 0) return new Map();
    const rows = await this.sql.query<{
      person_id: string;
      planned_id: string | null;
      planned_on: string | null;
      last_held_on: string | null;
    }>(
      `select person_id,
              (array_agg(id) filter (where status = 'planned'))[1] as planned_id,
              max(scheduled_on) filter (where status = 'planned') as planned_on,
              max(held_on) as last_held_on
         from checkins where organisation_id = $1 and person_id = any($2::uuid[])
        group by person_id`,
      [this.organisationId, personIds],
    );
    return new Map(
      rows.map((row) => [
        row.person_id,
        { plannedId: row.planned_id, plannedOn: row.planned_on, lastHeldOn: row.last_held_on },
      ]),
    );
  }

  async create(input: {
    personId: string;
    managerId: string;
    scheduledOn: string;
    dueOn: string;
    now: Date;
  }): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into checkins (organisation_id, person_id, manager_id, scheduled_on, due_on,
                             created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $6) returning id`,
      [
        this.organisationId,
        input.personId,
        input.managerId,
        input.scheduledOn,
        input.dueOn,
        input.now,
      ],
    );
    return row.id;
  }

  async setMeeting(id: string, meetingId: string | null, now: Date): Promise<void> {
    await this.sql.query(
      `update checkins set meeting_id = $3, updated_at = $4 where organisation_id = $1 and id = $2`,
      [this.organisationId, id, meetingId, now],
    );
  }

  async reschedule(id: string, scheduledOn: string, now: Date): Promise<void> {
    await this.sql.query(
      `update checkins set scheduled_on = $3, updated_at = $4
        where organisation_id = $1 and id = $2 and status = 'planned'`,
      [this.organisationId, id, scheduledOn, now],
    );
  }

  /** Held by this manager on this day: a planned check-in moves to whoever holds it. */
  async markHeld(id: string, managerId: string, heldOn: string, now: Date): Promise<void> {
    await this.sql.query(
      `update checkins set status = 'held', held_on = $3, manager_id = $4, updated_at = $5
        where organisation_id = $1 and id = $2 and status = 'planned'`,
      [this.organisationId, id, heldOn, managerId, now],
    );
  }

  /** Called off while planned; a held one stays held. */
  async markCancelled(id: string, now: Date): Promise<void> {
    await this.sql.query(
      `update checkins set status = 'cancelled', updated_at = $3
        where organisation_id = $1 and id = $2 and status = 'planned'`,
      [this.organisationId, id, now],
    );
  }

  async setPulse(id: string, support: number, rhythm: RhythmAnswer, now: Date): Promise<void> {
    await this.sql.query(
      `update checkins set pulse_support = $3, pulse_rhythm = $4, updated_at = $5
        where organisation_id = $1 and id = $2`,
      [this.organisationId, id, support, rhythm, now],
    );
  }

  /** Share of held check-ins that kept their rhythm, per team (admins' aggregate). */
  async onTimeByTeam(since: string): Promise<
    {
      teamId: string | null;
      teamName: string | null;
      held: number;
      onTime: number;
      people: number;
    }[]
  > {
    const rows = await this.sql.query<{
      team_id: string | null;
      team_name: string | null;
      held: number;
      on_time: number;
      people: number;
    }>(
      `select p.team_id, t.name as team_name, count(*)::int as held,
              count(*) filter (where c.held_on <= c.due_on)::int as on_time,
              count(distinct c.person_id)::int as people
         from checkins c
         join people p on p.organisation_id = c.organisation_id and p.id = c.person_id
         left join teams t on t.organisation_id = p.organisation_id and t.id = p.team_id
        where c.organisation_id = $1 and c.status = 'held' and c.held_on >= $2
        group by p.team_id, t.name
        order by t.name nulls last`,
      [this.organisationId, since],
    );
    return rows.map((row) => ({
      teamId: row.team_id,
      teamName: row.team_name,
      held: row.held,
      onTime: row.on_time,
      people: row.people,
    }));
  }
}
