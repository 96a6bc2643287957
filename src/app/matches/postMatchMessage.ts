import type { MatchDetail } from '../../contracts/matches';
import type { Actor } from '../actor';
import { invalidField } from '../errors';
import { type MatchDeps, matchLink } from './deps';
import { matchDetail } from './matchView';
import { memberMatch, partnersOf, requireKind, requireOpen } from './memberMatch';

/**
 * "Ask my buddy": a short question to the other member(s), or an answer to one (`replyTo`).
 * Answers hang under the question itself, so a thread is one level deep.
 */
export async function postMatchMessage(
  deps: Pick<MatchDeps, 'matches' | 'translator' | 'now'>,
  actor: Actor,
  input: { id: string; body: string; replyTo?: string | null },
): Promise<MatchDetail> {
  const { match, me } = await memberMatch(deps, actor, input.id);
  requireKind(match, ['buddy']);
  requireOpen(match);
  const body = input.body.trim();
  if (!body) throw invalidField('body', 'required');
  const replyTo = input.replyTo ?? null;
  if (replyTo) {
    const question = (await deps.matches.messages(match.id)).find((m) => m.id === replyTo);
    if (!question || question.replyTo !== null) throw invalidField('replyTo', 'not_found');
  }
  await deps.matches.addMessage(match.id, { authorId: me.personId, replyTo, body }, deps.now);
  for (const partner of partnersOf(match, me.personId)) {
    await deps.matches.notify(
      partner.personId,
      {
        kind: replyTo ? 'matches.answer' : 'matches.question',
        params: { name: me.name },
        link: matchLink(match.id),
      },
      deps.now,
    );
  }
  return matchDetail(deps, match, actor);
}
