import type { ChecklistItemKey, MatchDetail } from '../../contracts/matches';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import type { MatchDeps } from './deps';
import { matchDetail } from './matchView';
import { memberMatch, requireKind, requireOpen } from './memberMatch';

/** The godparent ticks (or unticks) an item of the onboarding checklist. */
export async function tickChecklistItem(
  deps: Pick<MatchDeps, 'matches' | 'translator' | 'now'>,
  actor: Actor,
  input: { id: string; item: ChecklistItemKey; done: boolean },
): Promise<MatchDetail> {
  const { match, me } = await memberMatch(deps, actor, input.id);
  requireKind(match, ['onboarding']);
  if (me.role !== 'godparent') throw forbidden();
  requireOpen(match, ['active', 'ended']);
  await deps.matches.setChecklistItem(
    match.id,
    input.item,
    input.done ? { at: deps.now, by: me.personId } : null,
  );
  return matchDetail(deps, match, actor);
}
