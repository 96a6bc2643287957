import type { Sql } from '../client';
import type { Ref } from './people';

export interface AgendaItemRecord {
  id: string;
  checkinId: string;
  author: Ref;
  body: string;
  skill: Ref | null;
  discussed: boolean;
  carriedFrom: string | null;
  createdAt: Date;
}

export interface NoteRecord {
  id: string;
  checkinId: string;
  author: Ref;
  visibility: 'shared' | 'private';
  body: string;
  createdAt: Date;
}

export interface ActionRecord {
  id: string;
  personId: string;
  personName: string;
  checkinId: string;
  owner: Ref;
  title: string;
  dueOn: string | null;
  doneOn: string | null;
  createdAt: Date;
}

interface AgendaRow {
  id: string;
  checkin_id: string;
  author_id: string;
  author_name: string;
  body: string;
  skill_id: string | null;
  skill_name: string | null;
  discussed: boolean;
  carried_from: string | null;
  created_at: Date;
}

const toAgenda = (row: AgendaRow): AgendaItemRecord => ({
  id: row.id,
  checkinId: row.checkin_id,
  author: { id: row.author_id, name: row.author_name },
  body: row.body,
  skill: row.skill_id && row.skill_name ? { id: row.skill_id, name: row.skill_name } : null,
  discussed: row.discussed,
  carriedFrom: row.carried_from,
  createdAt: row.created_at,
});

interface ActionRow {
  id: string;
  person_id: string;
  person_name: string;
  checkin_id: string;
  owner_id: string;
  owner_name: string;
  title: string;
  due_on: string | null;
  done_on: string | null;
  created_at: Date;
}

const toAction = (row: ActionRow): ActionRecord => ({
  id: row.id,
  personId: row.person_id,
  personName: row.person_name,
  checkinId: row.checkin_id,
  owner: { id: row.owner_id, name: row.owner_name },
  title: row.title,
  dueOn: row.due_on,
  doneOn: row.done_on,
  createdAt: row.created_at,
});

const ACTION_SELECT = `select a.id, a.person_id, p.name as person_name, a.checkin_id, a.owner_id,
                              o.name as owner_name, a.title, a.due_on, a.done_on, a.created_at
                         from checkin_actions a
                         join people p on p.organisation_id = a.organisation_id and p.id = a.person_id
                         join people o on o.organisation_id = a.organisation_id and o.id = a.owner_id`;

/** What is said and agreed in check-ins: agenda points, notes and actions. */
export class CheckinContentRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async agenda(checkinId: string): Promise<AgendaItemRecord[]> {
    const rows = await this.sql.query<AgendaRow>(
      `select i.id, i.checkin_id, i.author_id, a.name as author_name, i.body, i.skill_id,
              s.name as skill_name, i.discussed, i.carried_from, i.created_at
         from checkin_agenda_items i
         join people a on a.organisation_id = i.organisation_id and a.id = i.author_id
         left join skills s on s.organisation_id = i.organisation_id and s.id = i.skill_id
        where i.organisation_id = $1 and i.checkin_id = $2
        order by i.created_at, i.seq`,
      [this.organisationId, checkinId],
    );
    return rows.map(toAgenda);
  }

  async findAgendaItem(checkinId: string, itemId: string): Promise<AgendaItemRecord | null> {
    return (await this.agenda(checkinId)).find((item) => item.id === itemId) ?? null;
  }

  async addAgendaItem(input: {
    checkinId: string;
    authorId: string;
    body: string;
    skillId: string | null;
    carriedFrom?: string | null;
    now: Date;
  }): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into checkin_agenda_items (organisation_id, checkin_id, author_id, body, skill_id,
                                         carried_from, created_at)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [
        this.organisationId,
        input.checkinId,
        input.authorId,
        input.body,
        input.skillId,
        input.carriedFrom ?? null,
        input.now,
      ],
    );
    return row.id;
  }

  async setDiscussed(checkinId: string, itemId: string, discussed: boolean): Promise<void> {
    await this.sql.query(
      `update checkin_agenda_items set discussed = $4
        where organisation_id = $1 and checkin_id = $2 and id = $3`,
      [this.organisationId, checkinId, itemId, discussed],
    );
  }

  /** Copies the points not discussed in one check-in onto the next, remembering their origin. */
  async carryOverAgenda(fromCheckinId: string, toCheckinId: string): Promise<number> {
    const rows = await this.sql.query(
      `insert into checkin_agenda_items (organisation_id, checkin_id, author_id, body, skill_id,
                                         carried_from, created_at)
       select organisation_id, $3, author_id, body, skill_id, coalesce(carried_from, id), created_at
         from checkin_agenda_items
        where organisation_id = $1 and checkin_id = $2 and not discussed
        order by created_at, seq
       returning id`,
      [this.organisationId, fromCheckinId, toCheckinId],
    );
    return rows.length;
  }

  /**
   * Talking points not discussed in the person's called-off check-ins move onto a newly planned
   * one. Only the latest copy of a point counts (seq orders every copy): a point that already
   * went on to a later check-in, discussed there or not, is not brought back.
   */
  async carryOverFromCancelled(personId: string, toCheckinId: string): Promise<number> {
    const rows = await this.sql.query(
      `insert into checkin_agenda_items (organisation_id, checkin_id, author_id, body, skill_id,
                                         carried_from, created_at)
       select i.organisation_id, $3, i.author_id, i.body, i.skill_id,
              coalesce(i.carried_from, i.id), i.created_at
         from checkin_agenda_items i
         join checkins c on c.organisation_id = i.organisation_id and c.id = i.checkin_id
        where i.organisation_id = $1 and c.person_id = $2 and c.status = 'cancelled'
          and not i.discussed
          and not exists (select 1 from checkin_agenda_items later
                           where later.organisation_id = $1
                             and later.carried_from = coalesce(i.carried_from, i.id)
                             and later.seq > i.seq)
        order by i.created_at, i.seq
       returning id`,
      [this.organisationId, personId, toCheckinId],
    );
    return rows.length;
  }

  /**
   * The notes a reader may see: every shared note, and private notes the reader wrote. The rule
   * lives in the query, so another person's private note never leaves the database.
   */
  async notesFor(checkinIds: readonly string[], readerId: string): Promise<NoteRecord[]> {
    if (checkinIds.length === 0) return [];
    const rows = await this.sql.query<{
      id: string;
      checkin_id: string;
      author_id: string;
      author_name: string;
      visibility: 'shared' | 'private';
      body: string;
      created_at: Date;
    }>(
      `select n.id, n.checkin_id, n.author_id, a.name as author_name, n.visibility, n.body,
              n.created_at
         from checkin_notes n
         join people a on a.organisation_id = n.organisation_id and a.id = n.author_id
        where n.organisation_id = $1 and n.checkin_id = any($2::uuid[])
          and (n.visibility = 'shared' or n.author_id = $3)
        order by n.created_at, n.seq`,
      [this.organisationId, checkinIds, readerId],
    );
    return rows.map((row) => ({
      id: row.id,
      checkinId: row.checkin_id,
      author: { id: row.author_id, name: row.author_name },
      visibility: row.visibility,
      body: row.body,
      createdAt: row.created_at,
    }));
  }

  async addNote(input: {
    checkinId: string;
    authorId: string;
    visibility: 'shared' | 'private';
    body: string;
    now: Date;
  }): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into checkin_notes (organisation_id, checkin_id, author_id, visibility, body, created_at)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [
        this.organisationId,
        input.checkinId,
        input.authorId,
        input.visibility,
        input.body,
        input.now,
      ],
    );
    return row.id;
  }

  /** Actions of a person's check-ins: every open one, and the done ones set in `checkinId`. */
  async actionsFor(personId: string, checkinId: string | null): Promise<ActionRecord[]> {
    const rows = await this.sql.query<ActionRow>(
      `${ACTION_SELECT}
        where a.organisation_id = $1 and a.person_id = $2
          and (a.done_on is null or a.checkin_id = $3)
        order by a.done_on nulls first, a.due_on nulls last, a.created_at, a.id`,
      [this.organisationId, personId, checkinId],
    );
    return rows.map(toAction);
  }

  /** Open actions someone owns, across every check-in they take part in. */
  async openActionsOwnedBy(ownerId: string): Promise<ActionRecord[]> {
    const rows = await this.sql.query<ActionRow>(
      `${ACTION_SELECT}
        where a.organisation_id = $1 and a.owner_id = $2 and a.done_on is null
        order by a.due_on nulls last, a.created_at, a.id`,
      [this.organisationId, ownerId],
    );
    return rows.map(toAction);
  }

  async findAction(id: string): Promise<ActionRecord | null> {
    const rows = await this.sql.query<ActionRow>(
      `${ACTION_SELECT} where a.organisation_id = $1 and a.id = $2`,
      [this.organisationId, id],
    );
    return rows[0] ? toAction(rows[0]) : null;
  }

  async addAction(input: {
    personId: string;
    checkinId: string;
    ownerId: string;
    title: string;
    dueOn: string | null;
    createdBy: string;
    now: Date;
  }): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into checkin_actions (organisation_id, person_id, checkin_id, owner_id, title, due_on,
                                    created_by, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [
        this.organisationId,
        input.personId,
        input.checkinId,
        input.ownerId,
        input.title,
        input.dueOn,
        input.createdBy,
        input.now,
      ],
    );
    return row.id;
  }

  async setActionDone(id: string, doneOn: string | null): Promise<void> {
    await this.sql.query(
      'update checkin_actions set done_on = $3 where organisation_id = $1 and id = $2',
      [this.organisationId, id, doneOn],
    );
  }

  /** Open actions per person (team view). */
  async openActionCounts(personIds: readonly string[]): Promise<Map<string, number>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.sql.query<{ person_id: string; count: number }>(
      `select person_id, count(*)::int as count from checkin_actions
        where organisation_id = $1 and person_id = any($2::uuid[]) and done_on is null
        group by person_id`,
      [this.organisationId, personIds],
    );
    return new Map(rows.map((row) => [row.person_id, row.count]));
  }
}
