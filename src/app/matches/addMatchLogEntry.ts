import type { MatchDetail } from '../../contracts/matches';
import type { Actor } from '../actor';
import { invalidField } from '../errors';
import { dayOf, type MatchDeps } from './deps';
import { MENTORING_KINDS } from './kinds';
import { matchDetail } from './matchView';
import { memberMatch, requireKind, requireOpen } from './memberMatch';

/** A mentoring session held, and what was learned in it. */
export async function addMatchLogEntry(
  deps: Pick<MatchDeps, 'matches' | 'translator' | 'now'>,
  actor: Actor,
  input: { id: string; heldOn: string; learned: string },
): Promise<MatchDetail> {
  const { match, me } = await memberMatch(deps, actor, input.id);
  requireKind(match, MENTORING_KINDS);
  requireOpen(match, ['active', 'ended']);
  const learned = input.learned.trim();
  if (!learned) throw invalidField('learned', 'required');
  if (input.heldOn > tomorrow(deps.now)) throw invalidField('heldOn', 'in_future');
  await deps.matches.addLogEntry(
    match.id,
    { authorId: me.personId, heldOn: input.heldOn, learned },
    deps.now,
  );
  return matchDetail(deps, match, actor);
}

/** A day ahead of UTC allows for members east of it, whose today has already begun. */
export const tomorrow = (now: Date) => dayOf(new Date(now.getTime() + 86_400_000));
