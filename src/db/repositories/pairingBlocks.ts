import type { Sql } from '../client';

/**
 * "Don't pair me with": private to the person who wrote it. Only its owner lists it; rounds
 * read every block of the organisation to forbid those pairs, both ways, without showing them.
 */
export class PairingBlockRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async listOf(personId: string): Promise<{ id: string; name: string }[]> {
    return this.sql.query<{ id: string; name: string }>(
      `select p.id, p.name from pairing_blocks b
         join people p on p.organisation_id = b.organisation_id and p.id = b.blocked_id
        where b.organisation_id = $1 and b.person_id = $2
        order by lower(p.name), p.id`,
      [this.organisationId, personId],
    );
  }

  async add(personId: string, blockedId: string): Promise<void> {
    await this.sql.query(
      `insert into pairing_blocks (organisation_id, person_id, blocked_id) values ($1, $2, $3)
       on conflict (person_id, blocked_id) do nothing`,
      [this.organisationId, personId, blockedId],
    );
  }

  async remove(personId: string, blockedId: string): Promise<void> {
    await this.sql.query(
      'delete from pairing_blocks where organisation_id = $1 and person_id = $2 and blocked_id = $3',
      [this.organisationId, personId, blockedId],
    );
  }

  /** Every block, for a round's forbidden pairs. */
  async all(): Promise<{ personId: string; blockedId: string }[]> {
    const rows = await this.sql.query<{ person_id: string; blocked_id: string }>(
      'select person_id, blocked_id from pairing_blocks where organisation_id = $1',
      [this.organisationId],
    );
    return rows.map((row) => ({ personId: row.person_id, blockedId: row.blocked_id }));
  }
}
