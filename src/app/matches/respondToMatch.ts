import type { MatchDetail } from '../../contracts/matches';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { dayOf, type MatchDeps, matchLink } from './deps';
import { matchDetail } from './matchView';
import { memberMatch, partnersOf } from './memberMatch';
import { startPairingMeetings } from './pairingMeetings';
import { proposeReplacement } from './proposeReplacement';

/**
 * A member accepts or declines a proposed match. The match row is locked first, so two
 * members answering at once are taken in turn and the pairing has exactly one outcome. When
 * the last member accepts, the pairing is active; one decline ends the proposal and each
 * partner is offered the best free participant instead.
 */
export async function respondToMatch(
  deps: MatchDeps,
  actor: Actor,
  input: { id: string; response: 'accept' | 'decline'; reason?: string | null },
): Promise<MatchDetail> {
  const { match, me } = await memberMatch(deps, actor, input.id, { lock: true });
  if (me.response !== 'pending') throw new AppError('match_answered');
  if (match.status !== 'proposed') throw new AppError('match_closed');
  const reason = input.reason?.trim() || null;
  const partners = partnersOf(match, actor.personId);
  if (input.response === 'accept') {
    await deps.matches.setResponse(match.id, me.personId, 'accepted', reason, deps.now);
    for (const partner of partners) {
      await deps.matches.notify(
        partner.personId,
        { kind: 'matches.accepted', params: { name: me.name }, link: matchLink(match.id) },
        deps.now,
      );
    }
    if (partners.every((partner) => partner.response === 'accepted')) {
      await deps.matches.activate(match.id, dayOf(deps.now), deps.now);
      const active = await deps.matches.find(match.id);
      if (active) await startPairingMeetings(deps, active);
    }
  } else {
    await deps.matches.setResponse(match.id, me.personId, 'declined', reason, deps.now);
    await deps.matches.decline(match.id, deps.now);
    for (const partner of partners) {
      await deps.matches.notify(
        partner.personId,
        { kind: 'matches.declined', params: { name: me.name }, link: matchLink(match.id) },
        deps.now,
      );
    }
    for (const partner of partners) {
      await proposeReplacement(deps, { match, partner, excluded: [me.personId] });
    }
  }
  const updated = await memberMatch(deps, actor, match.id);
  return matchDetail(deps, updated.match, actor);
}
