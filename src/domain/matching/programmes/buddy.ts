/**
 * Buddies: pairs inside each team with the best total fit (exact maximum-weight matching, as many
 * pairs as possible first). An odd team leaves one person over; they either join the pair of their
 * own team they fit best as a trio, or (`nearestTeam`) are paired with the odd one out of the
 * nearest other team, falling back to a trio when nobody is left there.
 */
import type { MatchPerson } from '../fit';
import { explainUnmatched, type PairBook } from './pairBook';
import { finishRound, isResult, prepareRound } from './round';
import { type IdEdge, solveGeneral } from './solvers';
import type { BuddySettings, MatchResult, ProgrammeInput, Unmatched } from './types';

function allowedEdges(ids: readonly string[], book: PairBook): IdEdge[] {
  const edges: IdEdge[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const weight = book.weight(ids[i], ids[j]);
      if (weight !== null) edges.push({ a: ids[i], b: ids[j], weight });
    }
  }
  return edges;
}

/** The pair of the same team this person fits best as a third; each pair takes one extra at most. */
function bestTrio(id: string, pairs: string[][], book: PairBook): string[] | null {
  let best: string[] | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const pair of pairs) {
    if (pair.length !== 2) continue;
    const fits = pair.map((other) => book.fit(id, other));
    if (!fits.every((f) => f.allowed)) continue;
    const score = fits.reduce((sum, f) => sum + (f.allowed ? f.score : 0), 0);
    if (score > bestScore) {
      best = pair;
      bestScore = score;
    }
  }
  return best;
}

export function matchBuddies(input: ProgrammeInput<BuddySettings>): MatchResult {
  const round = prepareRound('buddy', input, (s) =>
    s.oddTeam === undefined || s.oddTeam === 'trio' || s.oddTeam === 'nearestTeam'
      ? null
      : 'oddTeam',
  );
  if (isResult(round)) return round;
  const { book, ctx } = round;

  const teams = new Map<string, MatchPerson[]>();
  for (const person of round.eligible) {
    teams.set(person.teamId, [...(teams.get(person.teamId) ?? []), person]);
  }
  const teamIds = [...teams.keys()].sort();
  const groupsByTeam = new Map<string, string[][]>();
  const leftovers: MatchPerson[] = [];
  for (const teamId of teamIds) {
    const ids = teams.get(teamId)!.map((p) => p.id);
    const pairs = solveGeneral(ids, allowedEdges(ids, book), true);
    groupsByTeam.set(teamId, pairs);
    const paired = new Set(pairs.flat());
    leftovers.push(...teams.get(teamId)!.filter((p) => !paired.has(p.id)));
  }

  const crossTeam: string[][] = [];
  let waiting = leftovers;
  if (input.settings?.oddTeam === 'nearestTeam' && leftovers.length > 1) {
    const ids = leftovers.map((p) => p.id);
    const edges = allowedEdges(ids, book).filter(
      (e) => ctx.profile(e.a).person.teamId !== ctx.profile(e.b).person.teamId,
    );
    // Nearest team first, fit second: one step of team distance outweighs any fit difference.
    const step = 1 + 2 * edges.reduce((max, e) => Math.max(max, Math.abs(e.weight)), 0);
    const byDistance = edges.map((e) => ({
      ...e,
      weight: e.weight - step * ctx.teamDistance(ctx.profile(e.a), ctx.profile(e.b)),
    }));
    crossTeam.push(...solveGeneral(ids, byDistance, true));
    const paired = new Set(crossTeam.flat());
    waiting = leftovers.filter((p) => !paired.has(p.id));
  }

  const unmatched: Unmatched[] = [];
  for (const person of waiting) {
    const teamGroups = groupsByTeam.get(person.teamId)!;
    const trio = bestTrio(person.id, teamGroups, book);
    if (trio) {
      trio.push(person.id);
      continue;
    }
    const candidates = [
      ...teams.get(person.teamId)!.filter((p) => p.id !== person.id),
      ...(input.settings?.oddTeam === 'nearestTeam'
        ? leftovers.filter((p) => p.teamId !== person.teamId)
        : []),
    ].map((p) => p.id);
    unmatched.push(explainUnmatched(person.id, candidates, book, 'match.unmatched.oddOneOut'));
  }

  const groups = [...[...groupsByTeam.values()].flat(), ...crossTeam];
  const noTrios = groups.every((g) => g.length === 2);
  return finishRound('buddy', input, round, groups, unmatched, noTrios && crossTeam.length === 0);
}
