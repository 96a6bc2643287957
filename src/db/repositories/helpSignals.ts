import type { Sql } from '../client';
import type { Ref } from './people';

export type SignalStatus = 'open' | 'acknowledged' | 'resolved';
export type Urgency = 'low' | 'normal' | 'high';

export interface HelpSignalRecord {
  id: string;
  person: Ref;
  managerId: string | null;
  body: string;
  skill: Ref | null;
  urgency: Urgency;
  status: SignalStatus;
  response: string | null;
  respondedBy: Ref | null;
  respondedAt: Date | null;
  createdAt: Date;
}

interface SignalRow {
  id: string;
  person_id: string;
  person_name: string;
  manager_id: string | null;
  body: string;
  skill_id: string | null;
  skill_name: string | null;
  urgency: Urgency;
  status: SignalStatus;
  response: string | null;
  responded_by: string | null;
  responder_name: string | null;
  responded_at: Date | null;
  created_at: Date;
}

const SELECT = `select h.id, h.person_id, p.name as person_name, h.manager_id, h.body, h.skill_id,
                       s.name as skill_name, h.urgency, h.status, h.response, h.responded_by,
                       r.name as responder_name, h.responded_at, h.created_at
                  from help_signals h
                  join people p on p.organisation_id = h.organisation_id and p.id = h.person_id
                  left join skills s on s.organisation_id = h.organisation_id and s.id = h.skill_id
                  left join people r on r.organisation_id = h.organisation_id and r.id = h.responded_by`;

const toRecord = (row: SignalRow): HelpSignalRecord => ({
  id: row.id,
  person: { id: row.person_id, name: row.person_name },
  managerId: row.manager_id,
  body: row.body,
  skill: row.skill_id && row.skill_name ? { id: row.skill_id, name: row.skill_name } : null,
  urgency: row.urgency,
  status: row.status,
  response: row.response,
  respondedBy:
    row.responded_by && row.responder_name
      ? { id: row.responded_by, name: row.responder_name }
      : null,
  respondedAt: row.responded_at,
  createdAt: row.created_at,
});

/** "Raise a hand": help signals and what the manager did with them. */
export class HelpSignalRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async find(id: string): Promise<HelpSignalRecord | null> {
    const rows = await this.sql.query<SignalRow>(
      `${SELECT} where h.organisation_id = $1 and h.id = $2`,
      [this.organisationId, id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The people's signals, unresolved first, the newest first. */
  async listFor(personIds: readonly string[], onlyUnresolved = false): Promise<HelpSignalRecord[]> {
    if (personIds.length === 0) return [];
    const rows = await this.sql.query<SignalRow>(
      `${SELECT} where h.organisation_id = $1 and h.person_id = any($2::uuid[])
          and ($3::boolean is false or h.status <> 'resolved')
        order by h.status = 'resolved', h.created_at desc, h.id`,
      [this.organisationId, personIds, onlyUnresolved],
    );
    return rows.map(toRecord);
  }

  async create(input: {
    personId: string;
    managerId: string | null;
    body: string;
    skillId: string | null;
    urgency: Urgency;
    now: Date;
  }): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into help_signals (organisation_id, person_id, manager_id, body, skill_id, urgency,
                                 created_at)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [
        this.organisationId,
        input.personId,
        input.managerId,
        input.body,
        input.skillId,
        input.urgency,
        input.now,
      ],
    );
    return row.id;
  }

  async respond(
    id: string,
    input: { status: SignalStatus; response: string | null; respondedBy: string; now: Date },
  ): Promise<void> {
    await this.sql.query(
      `update help_signals set status = $3, response = coalesce($4, response), responded_by = $5,
              responded_at = $6
        where organisation_id = $1 and id = $2`,
      [this.organisationId, id, input.status, input.response, input.respondedBy, input.now],
    );
  }
}
