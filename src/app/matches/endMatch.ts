import type { MatchDetail } from '../../contracts/matches';
import type { Actor } from '../actor';
import { type MatchDeps, matchLink } from './deps';
import { matchDetail } from './matchView';
import { memberMatch, partnersOf, requireOpen } from './memberMatch';
import { stopPairingMeetings } from './pairingMeetings';

/** A member ends an active pairing before its time, saying why if they like. */
export async function endMatch(
  deps: Pick<MatchDeps, 'matches' | 'meetings' | 'translator' | 'now'>,
  actor: Actor,
  input: { id: string; reason?: string | null },
): Promise<MatchDetail> {
  const { match, me } = await memberMatch(deps, actor, input.id, { lock: true });
  requireOpen(match, ['active']);
  await deps.matches.end(
    match.id,
    { endedBy: me.personId, reason: input.reason?.trim() || null },
    deps.now,
  );
  await stopPairingMeetings(deps, match);
  for (const partner of partnersOf(match, me.personId)) {
    await deps.matches.notify(
      partner.personId,
      { kind: 'matches.ended', params: { name: me.name }, link: matchLink(match.id) },
      deps.now,
    );
  }
  const updated = await memberMatch(deps, actor, match.id);
  return matchDetail(deps, updated.match, actor);
}
