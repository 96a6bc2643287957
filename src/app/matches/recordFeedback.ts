import type { MatchDetail } from '../../contracts/matches';
import type { FeedbackAnswer } from '../../db/repositories/matchRecords';
import type { Actor } from '../actor';
import { invalidField } from '../errors';
import { tomorrow } from './addMatchLogEntry';
import type { MatchDeps } from './deps';
import { matchDetail } from './matchView';
import { memberMatch, requireOpen } from './memberMatch';

/**
 * "Did you meet?" after a meeting: yes, not yet or no, and how it was (1–5) when it took
 * place. Any answer shows the person is still taking part, so their silence count starts over.
 */
export async function recordFeedback(
  deps: Pick<MatchDeps, 'matches' | 'silence' | 'translator' | 'now'>,
  actor: Actor,
  input: { id: string; meetingOn: string; answer: FeedbackAnswer; rating?: number | null },
): Promise<MatchDetail> {
  const { match, me } = await memberMatch(deps, actor, input.id);
  requireOpen(match, ['active', 'ended']);
  if (input.meetingOn > tomorrow(deps.now)) throw invalidField('meetingOn', 'in_future');
  const rating = input.rating ?? null;
  if (rating !== null && input.answer !== 'yes')
    throw invalidField('rating', 'rating_without_meeting');
  await deps.matches.saveFeedback(
    match.id,
    { personId: me.personId, meetingOn: input.meetingOn, answer: input.answer, rating },
    deps.now,
  );
  await deps.silence.resetSilence(match.programmeId, me.personId, deps.now);
  return matchDetail(deps, match, actor);
}
