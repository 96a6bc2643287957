/**
 * Coffee: everyone who opted in meets someone new, in pairs or groups of 3–4. Nobody is paired
 * again within the last N rounds (a rule) and older pairings still cost score (a factor); across
 * teams and sites scores higher. A seeded bit of chance lets two rounds with the same people
 * differ. Nobody is ever left alone: an odd one out joins the group they fit best.
 *
 * Up to `exhaustiveLimit` people every pair gets the full fit: pairs are solved exactly, groups
 * of 3–4 by the groups solver, which may seat a pair that breaks a rule together when nothing else
 * covers everyone; such a group gives that person up again (see groupSolver). Larger rounds go to
 * the organisation-scale solver (see coffeeAtScale).
 */
import { largeCoffeeRound } from './coffeeAtScale';
import { dropForbidden, solveGroups } from './groupSolver';
import { explainUnmatched, type PairBook } from './pairBook';
import { finishRound, isResult, type PreparedRound, prepareRound } from './round';
import { seatLeftovers } from './seating';
import { pairChance } from './seededChance';
import { type IdEdge, solveGeneral } from './solvers';
import type { CoffeeSettings, MatchResult, ProgrammeInput, Unmatched } from './types';

type Resolved = Required<Omit<CoffeeSettings, 'fit'>>;
const DEFAULTS: Resolved = {
  groupSize: 2,
  randomness: 0.5,
  exhaustiveLimit: 1500,
  candidatesPerPerson: 8,
  groupSearchRounds: 20,
};

function invalidCoffeeSetting(s: CoffeeSettings): string | null {
  if (s.groupSize !== undefined && ![2, 3, 4].includes(s.groupSize)) return 'groupSize';
  if (s.randomness !== undefined && !(Number.isFinite(s.randomness) && s.randomness >= 0)) {
    return 'randomness';
  }
  const atLeast = (min: number, v: number | undefined) =>
    v === undefined || (Number.isInteger(v) && v >= min);
  if (!atLeast(1, s.exhaustiveLimit)) return 'exhaustiveLimit';
  if (!atLeast(1, s.candidatesPerPerson)) return 'candidatesPerPerson';
  if (!atLeast(0, s.groupSearchRounds)) return 'groupSearchRounds';
  return null;
}

function allEdges(
  ids: readonly string[],
  book: PairBook,
  randomness: number,
  seed: number,
): IdEdge[] {
  const edges: IdEdge[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const weight = book.weight(ids[i], ids[j]);
      if (weight === null) continue;
      edges.push({
        a: ids[i],
        b: ids[j],
        weight: weight + randomness * pairChance(seed, ids[i], ids[j]),
      });
    }
  }
  return edges;
}

/** The exact path: full fit on every pair. */
function smallRound(ids: string[], round: PreparedRound, s: Resolved, seed: number) {
  const edges = allEdges(ids, round.book, s.randomness, seed);
  const solved =
    s.groupSize === 2
      ? { groups: solveGeneral(ids, edges, true) as string[][], exact: true }
      : solveGroups(ids, edges, s.groupSize, {
          seed,
          // The solver's own default search is tuned for quality, not for a round of thousands.
          effort: s.groupSearchRounds * ids.length,
        });
  const { kept: groups, removed } = dropForbidden(solved.groups, round.book);
  const placed = new Set(groups.flat());
  let alone = ids.filter((id) => !placed.has(id));
  // People who had to leave a group that broke a rule meet each other first.
  if (alone.length > 1) {
    const pairs = solveGeneral(alone, allEdges(alone, round.book, s.randomness, seed), true);
    groups.push(...pairs);
    const paired = new Set(pairs.flat());
    alone = alone.filter((id) => !paired.has(id));
  }
  const maxSize = Math.min(s.groupSize + 1, 4);
  const stillAlone = seatLeftovers(alone, groups, maxSize, round.book);
  const optimal = solved.exact && removed.length === 0 && placed.size === ids.length;
  return { groups, stillAlone, optimal };
}

export function matchCoffee(input: ProgrammeInput<CoffeeSettings>): MatchResult {
  const round = prepareRound('coffee', input, invalidCoffeeSetting);
  if (isResult(round)) return round;
  const settings: Resolved = { ...DEFAULTS, ...definedSettings(input.settings) };
  const ids = round.eligible.map((p) => p.id);
  const { seed } = input.round;

  let groups: string[][];
  let stillAlone: string[];
  let optimal = false;
  let qualityRatio: number | undefined;
  if (ids.length <= settings.exhaustiveLimit) {
    ({ groups, stillAlone, optimal } = smallRound(ids, round, settings, seed));
  } else {
    const large = largeCoffeeRound(ids, round.ctx, round.fit, {
      size: settings.groupSize,
      seed,
      draws: settings.candidatesPerPerson,
      history: input.round.history ?? [],
    });
    ({ groups, qualityRatio } = large);
    stillAlone = large.unplaced;
  }

  const unmatched: Unmatched[] = stillAlone.map((id) =>
    explainUnmatched(
      id,
      ids.filter((other) => other !== id),
      round.book,
      'match.unmatched.oddOneOut',
    ),
  );
  const result = finishRound('coffee', input, round, groups, unmatched, optimal);
  if (qualityRatio !== undefined) result.stats.qualityRatio = qualityRatio;
  return result;
}

function definedSettings(settings: CoffeeSettings | undefined): Partial<Resolved> {
  return Object.fromEntries(
    Object.entries(settings ?? {}).filter(([k, v]) => k !== 'fit' && v !== undefined),
  );
}
