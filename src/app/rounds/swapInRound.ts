import type { Round } from '../../contracts/rounds';
import { explainMembers } from '../../domain/programmes/matchRound';
import type { Actor } from '../actor';
import { AppError, invalidField } from '../errors';
import { storedReason } from './composeRound';
import { previewRound, type RoundUseCaseDeps } from './roundSteps';
import { roundView } from './roundView';

/**
 * Two people in two matches of a preview trade places (and roles). Both changed matches are
 * scored and explained again and marked edited; a pair a rule forbids is refused.
 */
export async function swapInRound(
  deps: RoundUseCaseDeps,
  actor: Actor,
  input: { roundId: string; personIds: string[] },
): Promise<Round> {
  const { round, programme } = await previewRound(deps, actor, input.roundId);
  const [a, b] = input.personIds;
  const matches = await deps.rounds.matches(round.id);
  const matchA = matches.find((m) => m.members.some((p) => p.personId === a));
  const matchB = matches.find((m) => m.members.some((p) => p.personId === b));
  if (!matchA || !matchB) throw invalidField('personIds', 'not_found');
  // A godparent with room for two newcomers sits in two matches: which place would they leave?
  const inMatches = (id: string) =>
    matches.filter((m) => m.members.some((p) => p.personId === id)).length;
  if (matchA.id === matchB.id || inMatches(a) > 1 || inMatches(b) > 1) {
    throw invalidField('personIds', 'invalid');
  }
  const swap = (id: string) => (id === a ? b : id === b ? a : id);
  const edited = [matchA, matchB].map((m) => ({
    id: m.id,
    members: m.members.map((p) => ({ personId: swap(p.personId), role: p.role })),
  }));
  const ids = edited.flatMap((m) => m.members.map((p) => p.personId));
  const cohort = await deps.cohort.load(ids);
  const blocks = await deps.blocks.all();
  const history = await deps.rounds.history(programme.id, 12);
  const byId = new Map(cohort.people.map((p) => [p.id, p]));
  const world = {
    now: deps.now,
    history,
    siteNames: cohort.siteNames,
    skillNames: cohort.skillNames,
    teamParents: Object.fromEntries(cohort.teamParents),
  };
  const results = edited.map((m) => {
    const people = m.members.map((p) => {
      const person = byId.get(p.personId);
      if (!person) throw invalidField('personIds', 'not_found');
      return {
        ...person.match,
        consent: true,
        doNotPairWith: blocks
          .filter((x) => x.personId === p.personId || x.blockedId === p.personId)
          .map((x) => (x.personId === p.personId ? x.blockedId : x.personId)),
      };
    });
    return { match: m, explained: explainMembers(programme, people, world) };
  });
  for (const { explained } of results) {
    if (!explained.allowed) throw new AppError('pair_not_allowed');
  }
  for (const { match, explained } of results) {
    if (!explained.allowed) continue;
    await deps.rounds.replaceMatch(
      match.id,
      match.members,
      explained.score,
      explained.reasons.map(storedReason),
    );
  }
  return roundView(deps.rounds, round);
}
