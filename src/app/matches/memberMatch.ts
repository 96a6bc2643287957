import type { MatchMemberRecord, MatchRecord } from '../../db/repositories/matchRecords';
import type { Actor } from '../actor';
import { AppError, notFound } from '../errors';
import type { MatchReadDeps } from './deps';

/**
 * The match, if the actor is in it. Anyone else, admins included, gets the same 404 as for a
 * match that does not exist: a pairing and its questions are the members' own.
 */
export async function memberMatch(
  deps: Pick<MatchReadDeps, 'matches'>,
  actor: Actor,
  matchId: string,
  options: { lock?: boolean } = {},
): Promise<{ match: MatchRecord; me: MatchMemberRecord }> {
  const match = await deps.matches.find(matchId, options);
  const me = match?.members.find((member) => member.personId === actor.personId);
  if (!match || !me) throw notFound('match');
  return { match, me };
}

/** Questions, wishes, logs and answers belong to a pairing that goes ahead. */
export function requireOpen(
  match: MatchRecord,
  allowed: readonly string[] = ['proposed', 'active'],
) {
  if (!allowed.includes(match.status)) throw new AppError('match_closed');
}

export function requireKind(match: MatchRecord, kinds: readonly string[]) {
  if (!kinds.includes(match.programmeKind)) throw new AppError('match_kind');
}

export const partnersOf = (match: MatchRecord, personId: string) =>
  match.members.filter((member) => member.personId !== personId);
