import type { FactorName } from '../../domain/matching/fit';
import type { EnrolmentMode, ProgrammeKind, ProgrammeStatus } from '../../domain/programmes/kinds';
import type {
  Audience,
  Localised,
  ProgrammeSettings,
  RoundSchedule,
} from '../../domain/programmes/templates';
import type { Sql } from '../client';

export interface ProgrammeRecord extends ProgrammeSettings {
  id: string;
  kind: ProgrammeKind;
  status: ProgrammeStatus;
  nextRoundAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProgrammeFields extends ProgrammeSettings {
  status: ProgrammeStatus;
  nextRoundAt: Date | null;
}

interface ProgrammeRow {
  id: string;
  kind: ProgrammeKind;
  name: Localised;
  description: Partial<Localised>;
  status: ProgrammeStatus;
  enrolment: EnrolmentMode;
  audience: Audience;
  weights: Partial<Record<FactorName, number>>;
  meeting_interval_weeks: number;
  meeting_minutes: number;
  pairing_weeks: number | null;
  group_size: number;
  round_weekday: number | null;
  round_time: string | null;
  round_interval_weeks: number | null;
  next_round_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, kind, name, description, status, enrolment, audience, weights,
  meeting_interval_weeks, meeting_minutes, pairing_weeks, group_size, round_weekday, round_time,
  round_interval_weeks, next_round_at, created_at, updated_at`;

function toRecord(row: ProgrammeRow): ProgrammeRecord {
  const schedule: RoundSchedule | null =
    row.round_weekday === null || row.round_time === null || row.round_interval_weeks === null
      ? null
      : {
          weekday: row.round_weekday,
          time: row.round_time,
          intervalWeeks: row.round_interval_weeks,
        };
  return {
    id: row.id,
    kind: row.kind,
    name: { nl: row.name.nl ?? '', en: row.name.en ?? '' },
    description: { nl: row.description.nl ?? '', en: row.description.en ?? '' },
    status: row.status,
    enrolment: row.enrolment,
    audience: row.audience,
    weights: row.weights,
    meetingIntervalWeeks: row.meeting_interval_weeks,
    meetingMinutes: row.meeting_minutes,
    pairingWeeks: row.pairing_weeks,
    groupSize: row.group_size,
    schedule,
    nextRoundAt: row.next_round_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const values = (fields: ProgrammeFields) => [
  JSON.stringify(fields.name),
  JSON.stringify(fields.description),
  fields.status,
  fields.enrolment,
  JSON.stringify(fields.audience),
  JSON.stringify(fields.weights),
  fields.meetingIntervalWeeks,
  fields.meetingMinutes,
  fields.pairingWeeks,
  fields.groupSize,
  fields.schedule?.weekday ?? null,
  fields.schedule?.time ?? null,
  fields.schedule?.intervalWeeks ?? null,
  fields.nextRoundAt,
];

/** Programmes of one organisation and the settings each round runs with. */
export class ProgrammeRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async create(kind: ProgrammeKind, fields: ProgrammeFields, createdBy: string): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into programmes (organisation_id, kind, created_by, name, description, status,
         enrolment, audience, weights, meeting_interval_weeks, meeting_minutes, pairing_weeks,
         group_size, round_weekday, round_time, round_interval_weeks, next_round_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       returning id`,
      [this.organisationId, kind, createdBy, ...values(fields)],
    );
    return row.id;
  }

  async update(id: string, fields: ProgrammeFields): Promise<void> {
    await this.sql.query(
      `update programmes set name = $3, description = $4, status = $5, enrolment = $6,
          audience = $7, weights = $8, meeting_interval_weeks = $9, meeting_minutes = $10,
          pairing_weeks = $11, group_size = $12, round_weekday = $13, round_time = $14,
          round_interval_weeks = $15, next_round_at = $16, updated_at = now()
        where organisation_id = $1 and id = $2`,
      [this.organisationId, id, ...values(fields)],
    );
  }

  async find(id: string): Promise<ProgrammeRecord | null> {
    const rows = await this.sql.query<ProgrammeRow>(
      `select ${COLUMNS} from programmes where organisation_id = $1 and id = $2`,
      [this.organisationId, id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /**
   * The programme, locked until the transaction ends: rounds of one programme are started,
   * edited and published one at a time, whichever instance or admin asks.
   */
  async lock(id: string): Promise<ProgrammeRecord | null> {
    const rows = await this.sql.query<ProgrammeRow>(
      `select ${COLUMNS} from programmes where organisation_id = $1 and id = $2 for update`,
      [this.organisationId, id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async list(statuses?: readonly ProgrammeStatus[]): Promise<ProgrammeRecord[]> {
    const rows = await this.sql.query<ProgrammeRow>(
      `select ${COLUMNS} from programmes
        where organisation_id = $1 and ($2::text[] is null or status = any($2::text[]))
        order by created_at, id`,
      [this.organisationId, statuses ?? null],
    );
    return rows.map(toRecord);
  }

  async setNextRoundAt(id: string, at: Date | null): Promise<void> {
    await this.sql.query(
      'update programmes set next_round_at = $3 where organisation_id = $1 and id = $2',
      [this.organisationId, id, at],
    );
  }
}

/**
 * Active programmes of every organisation whose scheduled round is due. The one query that is
 * not scoped to an organisation: the scheduler serves them all, and each programme it returns is
 * handled with a repository of its own organisation.
 */
export async function dueProgrammes(
  sql: Sql,
  now: Date,
): Promise<{ organisationId: string; id: string; nextRoundAt: Date }[]> {
  const rows = await sql.query<{ organisation_id: string; id: string; next_round_at: Date }>(
    `select organisation_id, id, next_round_at from programmes
      where status = 'active' and next_round_at <= $1
      order by next_round_at, id`,
    [now],
  );
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    id: row.id,
    nextRoundAt: row.next_round_at,
  }));
}
