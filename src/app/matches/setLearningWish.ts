import type { MatchDetail } from '../../contracts/matches';
import type { Actor } from '../actor';
import type { MatchDeps } from './deps';
import { MENTORING_KINDS } from './kinds';
import { matchDetail } from './matchView';
import { memberMatch, requireKind, requireOpen } from './memberMatch';

/** Mentoring goes both ways: each member writes what they want to learn from the other. */
export async function setLearningWish(
  deps: Pick<MatchDeps, 'matches' | 'translator'>,
  actor: Actor,
  input: { id: string; wish: string | null },
): Promise<MatchDetail> {
  const { match, me } = await memberMatch(deps, actor, input.id);
  requireKind(match, MENTORING_KINDS);
  requireOpen(match);
  await deps.matches.setLearningWish(match.id, me.personId, input.wish?.trim() || null);
  const updated = await memberMatch(deps, actor, match.id);
  return matchDetail(deps, updated.match, actor);
}
