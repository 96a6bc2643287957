import type { DirectoryPage, DirectoryQuery } from '../../contracts/people';
import type { DirectoryRepository } from '../../db/repositories/directory';
import type { PeopleRepository } from '../../db/repositories/people';
import type { ProfileRepository } from '../../db/repositories/profiles';
import type { PersonStatus, Weekday } from '../../domain/people/vocabulary';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { loadPersonParts } from './loadPersonParts';
import { toPersonCard } from './personView';

const MAX_WORDS = 8;

/**
 * The people directory: every signed-in person of the organisation may search it and sees
 * cards only. Words narrow the list (each must occur in the name, e-mail or job title); with
 * words, the closest names come first; when looking for who offers or wants a skill, the most
 * experienced or most eager come first; otherwise by name.
 */
export async function searchPeople(
  deps: { directory: DirectoryRepository; people: PeopleRepository; profiles: ProfileRepository },
  actor: Actor,
  input: DirectoryQuery,
): Promise<DirectoryPage> {
  const status = input.status ?? 'active';
  if (status !== 'active' && actor.role !== 'admin') throw forbidden();
  const statuses: PersonStatus[] = status === 'all' ? ['active', 'inactive'] : [status];
  const words = (input.q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const page = await deps.directory.search({
    words,
    skillOffered: input.skillOffered ?? null,
    skillWanted: input.skillWanted ?? null,
    teamId: input.teamId ?? null,
    siteId: input.siteId ?? null,
    weekday: (input.weekday as Weekday | undefined) ?? null,
    statuses,
    limit: input.limit,
    offset: input.offset,
  });
  const parts = await loadPersonParts(deps, page.ids);
  return {
    items: parts.map(toPersonCard),
    total: page.total,
    limit: input.limit,
    offset: input.offset,
  };
}
