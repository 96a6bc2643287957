import type { MatchDetail } from '../../contracts/matches';
import type { Actor } from '../actor';
import type { MatchReadDeps } from './deps';
import { matchDetail } from './matchView';
import { memberMatch } from './memberMatch';

export async function getMatch(
  deps: MatchReadDeps,
  actor: Actor,
  input: { id: string },
): Promise<MatchDetail> {
  const { match } = await memberMatch(deps, actor, input.id);
  return matchDetail(deps, match, actor);
}
