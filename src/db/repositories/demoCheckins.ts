import type { Sql } from '../client';
import { unnestInsert } from './unnestInsert';

export interface CheckinRow {
  id: string;
  personId: string;
  managerId: string;
  scheduledOn: string;
  dueOn: string;
  heldOn: string | null;
  pulseSupport: number | null;
  pulseRhythm: string | null;
}

export interface AgendaRow {
  checkinId: string;
  authorId: string;
  body: string;
  skillId: string | null;
  discussed: boolean;
}

export interface NoteRow {
  checkinId: string;
  authorId: string;
  visibility: 'shared' | 'private';
  body: string;
}

export interface ActionRow {
  checkinId: string;
  personId: string;
  ownerId: string;
  title: string;
  dueOn: string;
  doneOn: string | null;
  createdBy: string;
}

export interface SignalRow {
  personId: string;
  managerId: string;
  body: string;
  skillId: string | null;
  urgency: string;
  status: string;
  response: string | null;
  createdAt: string;
}

/** Bulk writes of a demo organisation's check-in history (one statement per batch). */
export class DemoCheckinRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async skillIdsByName(): Promise<Map<string, string>> {
    const rows = await this.sql.query<{ id: string; name: string }>(
      'select id, name from skills where organisation_id = $1',
      [this.organisationId],
    );
    return new Map(rows.map((row) => [row.name, row.id]));
  }

  /** Moves a person's goal (by title) to another target date: a few goals in the demo slip. */
  async moveGoalTarget(personId: string, title: string, targetDate: string): Promise<void> {
    await this.sql.query(
      `update learning_goals set target_date = $4
        where organisation_id = $1 and person_id = $2 and title = $3`,
      [this.organisationId, personId, title, targetDate],
    );
  }

  async insertCheckins(rows: readonly CheckinRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'checkins',
      this.organisationId,
      [
        { name: 'id', type: 'uuid', value: (r: CheckinRow) => r.id },
        { name: 'person_id', type: 'uuid', value: (r) => r.personId },
        { name: 'manager_id', type: 'uuid', value: (r) => r.managerId },
        { name: 'scheduled_on', type: 'date', value: (r) => r.scheduledOn },
        { name: 'due_on', type: 'date', value: (r) => r.dueOn },
        { name: 'held_on', type: 'date', value: (r) => r.heldOn },
        {
          name: 'status',
          type: 'text',
          value: (r) => (r.heldOn ? 'held' : 'planned'),
        },
        { name: 'pulse_support', type: 'smallint', value: (r) => r.pulseSupport },
        { name: 'pulse_rhythm', type: 'text', value: (r) => r.pulseRhythm },
      ],
      rows,
    );
  }

  async insertAgenda(rows: readonly AgendaRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'checkin_agenda_items',
      this.organisationId,
      [
        { name: 'checkin_id', type: 'uuid', value: (r: AgendaRow) => r.checkinId },
        { name: 'author_id', type: 'uuid', value: (r) => r.authorId },
        { name: 'body', type: 'text', value: (r) => r.body },
        { name: 'skill_id', type: 'uuid', value: (r) => r.skillId },
        { name: 'discussed', type: 'boolean', value: (r) => r.discussed },
      ],
      rows,
    );
  }

  async insertNotes(rows: readonly NoteRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'checkin_notes',
      this.organisationId,
      [
        { name: 'checkin_id', type: 'uuid', value: (r: NoteRow) => r.checkinId },
        { name: 'author_id', type: 'uuid', value: (r) => r.authorId },
        { name: 'visibility', type: 'text', value: (r) => r.visibility },
        { name: 'body', type: 'text', value: (r) => r.body },
      ],
      rows,
    );
  }

  async insertActions(rows: readonly ActionRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'checkin_actions',
      this.organisationId,
      [
        { name: 'checkin_id', type: 'uuid', value: (r: ActionRow) => r.checkinId },
        { name: 'person_id', type: 'uuid', value: (r) => r.personId },
        { name: 'owner_id', type: 'uuid', value: (r) => r.ownerId },
        { name: 'title', type: 'text', value: (r) => r.title },
        { name: 'due_on', type: 'date', value: (r) => r.dueOn },
        { name: 'done_on', type: 'date', value: (r) => r.doneOn },
        { name: 'created_by', type: 'uuid', value: (r) => r.createdBy },
      ],
      rows,
    );
  }

  async insertSignals(rows: readonly SignalRow[]): Promise<void> {
    await unnestInsert(
      this.sql,
      'help_signals',
      this.organisationId,
      [
        { name: 'person_id', type: 'uuid', value: (r: SignalRow) => r.personId },
        { name: 'manager_id', type: 'uuid', value: (r) => r.managerId },
        { name: 'body', type: 'text', value: (r) => r.body },
        { name: 'skill_id', type: 'uuid', value: (r) => r.skillId },
        { name: 'urgency', type: 'text', value: (r) => r.urgency },
        { name: 'status', type: 'text', value: (r) => r.status },
        { name: 'response', type: 'text', value: (r) => r.response },
        {
          name: 'responded_by',
          type: 'uuid',
          value: (r) => (r.status === 'open' ? null : r.managerId),
        },
        {
          name: 'created_at',
          type: 'text',
          value: (r) => r.createdAt,
          expression: 'u.created_at::timestamptz',
        },
      ],
      rows,
    );
  }
}
