import type { PeopleRepository } from '../../db/repositories/people';
import type { MatchDeps } from '../matches/deps';
import { endMatchesOfLeaver } from '../matches/endMatchesOfLeaver';

/**
 * What follows when someone becomes inactive, however it happens: they are signed out, their
 * open pairings end and their partners are offered someone else.
 */
export async function personLeft(
  deps: { people: PeopleRepository; pairings: MatchDeps },
  personId: string,
): Promise<void> {
  await deps.people.endSessions(personId);
  await endMatchesOfLeaver(deps.pairings, personId);
}
