import type { ParticipantRole } from '../../domain/programmes/kinds';
import type { Sql } from '../client';
import { unnestInsert } from './unnestInsert';

export type ParticipantStatus = 'active' | 'paused' | 'left';

export interface ParticipantRecord {
  programmeId: string;
  personId: string;
  role: ParticipantRole;
  status: ParticipantStatus;
  pausedUntil: string | null;
  silentRounds: number;
}

interface ParticipantRow {
  programme_id: string;
  person_id: string;
  role: ParticipantRole;
  status: ParticipantStatus;
  paused_until: string | null;
  silent_rounds: number;
}

const toRecord = (row: ParticipantRow): ParticipantRecord => ({
  programmeId: row.programme_id,
  personId: row.person_id,
  role: row.role,
  status: row.status,
  pausedUntil: row.paused_until,
  silentRounds: row.silent_rounds,
});

const COLUMNS = 'programme_id, person_id, role, status, paused_until, silent_rounds';

/** Who joined, paused or left each programme, and in which role. */
export class ParticipantRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async find(programmeId: string, personId: string): Promise<ParticipantRecord | null> {
    const rows = await this.sql.query<ParticipantRow>(
      `select ${COLUMNS} from programme_participants
        where organisation_id = $1 and programme_id = $2 and person_id = $3`,
      [this.organisationId, programmeId, personId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async listForPerson(personId: string): Promise<ParticipantRecord[]> {
    const rows = await this.sql.query<ParticipantRow>(
      `select ${COLUMNS} from programme_participants where organisation_id = $1 and person_id = $2`,
      [this.organisationId, personId],
    );
    return rows.map(toRecord);
  }

  async listForProgramme(programmeId: string): Promise<ParticipantRecord[]> {
    const rows = await this.sql.query<ParticipantRow>(
      `select ${COLUMNS} from programme_participants where organisation_id = $1 and programme_id = $2`,
      [this.organisationId, programmeId],
    );
    return rows.map(toRecord);
  }

  /** Joins, changes role, pauses or leaves: one row per person and programme. */
  async save(
    programmeId: string,
    personId: string,
    fields: { role: ParticipantRole; status: ParticipantStatus; pausedUntil: string | null },
  ): Promise<void> {
    await this.sql.query(
      `insert into programme_participants
         (organisation_id, programme_id, person_id, role, status, paused_until)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (programme_id, person_id) do update
         set role = excluded.role, status = excluded.status, paused_until = excluded.paused_until,
             silent_rounds = case when excluded.status = 'active' then 0
                                  else programme_participants.silent_rounds end,
             updated_at = now()`,
      [this.organisationId, programmeId, personId, fields.role, fields.status, fields.pausedUntil],
    );
  }

  /** Many people joining at once (the demo). */
  async addMany(
    programmeId: string,
    rows: readonly { personId: string; role: ParticipantRole }[],
  ): Promise<void> {
    await unnestInsert(
      this.sql,
      'programme_participants',
      this.organisationId,
      [
        { name: 'programme_id', type: 'uuid', value: () => programmeId },
        { name: 'person_id', type: 'uuid', value: (r) => r.personId },
        { name: 'role', type: 'text', value: (r) => r.role },
      ],
      rows,
    );
  }
}
