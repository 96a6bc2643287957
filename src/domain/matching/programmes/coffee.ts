/**
 * Coffee: everyone who opted in meets someone new, in pairs or groups of 3–4. Nobody is paired
 * again within the last N rounds (a rule) and older pairings still cost score (a factor); across
 * teams and sites scores higher. A seeded bit of chance lets two rounds with the same people
 * differ. Nobody is ever left alone: an odd one out joins the group they fit best. Groups of 3–4
 * come from the groups solver, which may have to seat a pair that breaks a rule together when
 * nothing else covers everyone; such a group gives that person up again (see groupSolver).
 */
import { sampledPairs, seatLeftovers } from './coffeeCandidates';
import { dropForbidden, solveGroups } from './groupSolver';
import { explainUnmatched, type PairBook } from './pairBook';
import { finishRound, isResult, prepareRound } from './round';
import { pairChance } from './seededChance';
import { type IdEdge, solveGeneral } from './solvers';
import type { CoffeeSettings, MatchResult, ProgrammeInput, Unmatched } from './types';

type Resolved = Required<Omit<CoffeeSettings, 'fit'>>;
const DEFAULTS: Resolved = {
  groupSize: 2,
  randomness: 0.5,
  exhaustiveLimit: 1500,
  candidatesPerPerson: 24,
  groupSearchRounds: 20,
};

function invalidCoffeeSetting(s: CoffeeSettings): string | null {
  if (s.groupSize !== undefined && ![2, 3, 4].includes(s.groupSize)) return 'groupSize';
  if (s.randomness !== undefined && !(Number.isFinite(s.randomness) && s.randomness >= 0)) {
    return 'randomness';
  }
  const positive = (v: number | undefined) => v === undefined || (Number.isInteger(v) && v > 0);
  if (!positive(s.exhaustiveLimit)) return 'exhaustiveLimit';
  if (!positive(s.candidatesPerPerson)) return 'candidatesPerPerson';
  if (
    s.groupSearchRounds !== undefined &&
    !(Number.isInteger(s.groupSearchRounds) && s.groupSearchRounds >= 0)
  ) {
    return 'groupSearchRounds';
  }
  return null;
}

function candidateEdges(
  ids: readonly string[],
  book: PairBook,
  s: Resolved,
  seed: number,
): IdEdge[] {
  const edge = (a: string, b: string): IdEdge | null => {
    const weight = book.weight(a, b);
    return weight === null
      ? null
      : { a, b, weight: weight + s.randomness * pairChance(seed, a, b) };
  };
  const edges: IdEdge[] = [];
  if (ids.length <= s.exhaustiveLimit) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const e = edge(ids[i], ids[j]);
        if (e) edges.push(e);
      }
    }
  } else {
    for (const [i, j] of sampledPairs(ids.length, s.candidatesPerPerson, seed)) {
      const e = edge(ids[i], ids[j]);
      if (e) edges.push(e);
    }
  }
  return edges;
}

export function matchCoffee(input: ProgrammeInput<CoffeeSettings>): MatchResult {
  const round = prepareRound('coffee', input, invalidCoffeeSetting);
  if (isResult(round)) return round;
  const settings = { ...DEFAULTS, ...definedSettings(input.settings) };
  const ids = round.eligible.map((p) => p.id);
  const edges = candidateEdges(ids, round.book, settings, input.round.seed);
  const sampled = ids.length > settings.exhaustiveLimit;

  const solved =
    settings.groupSize === 2
      ? { groups: solveGeneral(ids, edges, true) as string[][], exact: !sampled }
      : solveGroups(ids, edges, settings.groupSize, {
          seed: input.round.seed,
          // The solver's own default search is tuned for quality, not for a round of thousands.
          effort: settings.groupSearchRounds * ids.length,
        });
  const { kept: groups, removed } = dropForbidden(solved.groups, round.book);
  const placed = new Set(groups.flat());
  const alone = ids.filter((id) => !placed.has(id));
  // People whose candidates all went elsewhere (a sampled round) or who had to leave a group that
  // broke a rule meet each other first.
  if (alone.length > 1) {
    const again = candidateEdges(alone, round.book, settings, input.round.seed);
    const pairs = solveGeneral(alone, again, true);
    groups.push(...pairs);
    const paired = new Set(pairs.flat());
    alone.splice(0, alone.length, ...alone.filter((id) => !paired.has(id)));
  }
  const scan = sampled ? settings.candidatesPerPerson * 4 : groups.length;
  const stillAlone = seatLeftovers(
    alone,
    groups,
    Math.min(settings.groupSize + 1, 4),
    round.book,
    scan,
    input.round.seed,
  );

  const unmatched: Unmatched[] = stillAlone.map((id) =>
    explainUnmatched(
      id,
      ids.filter((other) => other !== id),
      round.book,
      'match.unmatched.oddOneOut',
    ),
  );
  const optimal = solved.exact && !sampled && removed.length === 0 && alone.length === 0;
  return finishRound('coffee', input, round, groups, unmatched, optimal);
}

function definedSettings(settings: CoffeeSettings | undefined): Partial<Resolved> {
  return Object.fromEntries(
    Object.entries(settings ?? {}).filter(([k, v]) => k !== 'fit' && v !== undefined),
  );
}
