import type { PersonStatus, Weekday } from '../../domain/people/vocabulary';
import type { Sql } from '../client';
import { escapeLike } from './likePattern';

export interface DirectoryFilter {
  /** Lower-case words; each must occur in the name, e-mail or job title. */
  words: string[];
  skillOffered: string | null;
  skillWanted: string | null;
  /** The team and every team below it. */
  teamId: string | null;
  /** Without `weekday`: the site is the person's office, or they have office days there. */
  siteId: string | null;
  /** On site (at `siteId`, or at any site) on this weekday. */
  weekday: Weekday | null;
  statuses: PersonStatus[];
  limit: number;
  offset: number;
}

// The same expression as the trigram index people_search (migration 0001), so LIKE uses it.
const SEARCH_TEXT = `lower(p.name || ' ' || p.email || ' ' || coalesce(p.job_title, ''))`;

/**
 * The people directory's search. Returns a page of ids in a stable order and the number of
 * matches; the caller loads the cards of the page.
 */
export class DirectoryRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async search(filter: DirectoryFilter): Promise<{ ids: string[]; total: number }> {
    const params: unknown[] = [this.organisationId, filter.statuses];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const joins: string[] = [];
    const where = ['p.organisation_id = $1', 'p.status = any($2::text[])'];
    for (const word of filter.words) {
      where.push(`${SEARCH_TEXT} like ${param(`%${escapeLike(word)}%`)}`);
    }
    if (filter.skillOffered) {
      joins.push(`join person_skills so on so.organisation_id = p.organisation_id
                    and so.person_id = p.id and so.kind = 'offered'
                    and so.skill_id = ${param(filter.skillOffered)}`);
    }
    if (filter.skillWanted) {
      joins.push(`join person_skills sw on sw.organisation_id = p.organisation_id
                    and sw.person_id = p.id and sw.kind = 'wanted'
                    and sw.skill_id = ${param(filter.skillWanted)}`);
    }
    if (filter.teamId) {
      where.push(`p.team_id in (
        with recursive subtree (id) as (
          select id from teams where organisation_id = $1 and id = ${param(filter.teamId)}
          union
          select t.id from teams t join subtree s on t.parent_id = s.id where t.organisation_id = $1
        ) select id from subtree)`);
    }
    if (filter.siteId || filter.weekday) {
      const site = filter.siteId ? param(filter.siteId) : null;
      const onSite = `exists (select 1 from work_days w
                               where w.organisation_id = $1 and w.person_id = p.id
                                 and w.mode = 'office'
                                 ${site ? `and w.site_id = ${site}` : ''}
                                 ${filter.weekday ? `and w.weekday = ${param(filter.weekday)}` : ''})`;
      // Without a day, a site's people are those it is home to as well as its visitors.
      where.push(site && !filter.weekday ? `(p.site_id = ${site} or ${onSite})` : onSite);
    }
    const from = `from people p ${joins.join(' ')} where ${where.join(' and ')}`;
    const filterParams = [...params];

    const order: string[] = [];
    if (filter.words.length > 0) {
      // Names that start with what was typed first, then the names closest to it.
      const phrase = filter.words.join(' ');
      order.push(`(lower(p.name) like ${param(`${escapeLike(phrase)}%`)}) desc`);
      order.push(`word_similarity(${param(phrase)}, lower(p.name)) desc`);
    }
    // Who offers a skill: the most experienced first; who wants one: the most urgent first.
    if (filter.skillOffered) order.push('so.level desc');
    if (filter.skillWanted) order.push('sw.priority desc');
    order.push('lower(p.name)', 'p.id');

    const rows = await this.sql.query<{ id: string; total: number }>(
      `select p.id, count(*) over () as total ${from}
        order by ${order.join(', ')}
        limit ${param(filter.limit)} offset ${param(filter.offset)}`,
      params,
    );
    if (rows.length > 0 || filter.offset === 0) {
      return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? 0 };
    }
    // Past the last page the window count has no row to ride on: count on its own.
    const [count] = await this.sql.query<{ total: number }>(
      `select count(*)::int as total ${from}`,
      filterParams,
    );
    return { ids: [], total: count.total };
  }
}
