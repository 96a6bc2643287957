import type { MatchList } from '../../contracts/matches';
import type { Actor } from '../actor';
import type { MatchReadDeps } from './deps';
import { matchSummary } from './matchView';

/**
 * The actor's published pairings, newest first. An onboarding pairing shows before the
 * newcomer's first day: it is there so they know who to turn to when they start.
 */
export async function listMyMatches(deps: MatchReadDeps, actor: Actor): Promise<MatchList> {
  const matches = await deps.matches.listForPerson(actor.personId);
  return { items: matches.map((match) => matchSummary(match, actor, deps.translator)) };
}
