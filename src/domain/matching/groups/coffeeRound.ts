/**
 * A coffee round for a whole organisation: everyone opted in meets one to three colleagues they
 * have not met in the history window, preferably from another team and another site.
 *
 * Built for 100,000 people in well under two seconds: each person draws a few random allowed
 * partners (or uses the candidate lists given), seed pairs are taken greedily, groups are built
 * around them and local search improves only the people not yet at their best. Repeats and
 * forbidden pairs are hard rules: someone who cannot be placed without one is reported, never
 * placed. The upper bound gives each person their best possible partner score for every
 * groupmate, with the biggest groups going to those who could score most; no round with the
 * same group sizes can beat it.
 */
import { assembleGroups } from './assemble';
import { bestPossible, mixPossible, placedCounts } from './coffeeBound';
import { removeNotAllowed, type UnplacedReason } from './coffeeRepair';
import { CoffeeValues, type CoffeeWeights } from './coffeeValues';
import { greedyPairs } from './greedyPairs';
import type { GroupSet } from './groupSet';
import { improveGroups } from './localSearch';
import { MeetingHistory } from './meetingHistory';
import { type Candidates, ListedPairs } from './pairValues';
import { seededRandom } from './random';
import { type GroupSize, planGroupSizes } from './sizes';

export type { UnplacedReason } from './coffeeRepair';

export interface CoffeeRoundInput {
  /** People are numbered 0..people-1 (the opted-in set). */
  people: number;
  size: GroupSize;
  /** Same input and seed, same round. */
  seed: number;
  /** Team of each person (any integer ids). */
  teamOf?: Int32Array;
  /** Site each person usually works at (any integer ids). */
  siteOf?: Int32Array;
  /** Pairs that met in the window not to repeat: a[k] met b[k]. List every pair of a past group. */
  history?: { a: Int32Array; b: Int32Array };
  /** A further hard rule per pair: working hours that never overlap, "don't pair me with". */
  allowed?: (i: number, j: number) => boolean;
  /** Acceptable partners per person (a pair is acceptable if either lists the other). Default: anyone. */
  candidates?: Candidates;
  weights?: Partial<CoffeeWeights>;
  /** Random partners drawn per person when no candidate lists are given (default 8). */
  draws?: number;
  /** Search effort in person-visits (default 200,000); see GroupingOptions.effort. */
  effort?: number;
}

export interface CoffeeRoundResult {
  /** Members ascending; groups ordered by their first member. */
  groups: number[][];
  groupOf: Int32Array;
  /** Sum of the pair scores inside groups. */
  score: number;
  upperBound: number;
  /** score ÷ upperBound (1 when both are 0). */
  ratio: number;
  /** Pairs in groups that met within the history window: 0 by construction, counted as a check. */
  repeats: number;
  pairs: number;
  crossTeamPairs: number;
  crossSitePairs: number;
  /** People in no group, and why: alone in the round, or no allowed group could take them. */
  unplaced: Array<{ person: number; reason: UnplacedReason }>;
}

const DEFAULT_DRAWS = 8;
const DEFAULT_EFFORT = 200_000;

export function coffeeRound(input: CoffeeRoundInput): CoffeeRoundResult {
  validate(input);
  const n = input.people;
  const weights: CoffeeWeights = { meet: 1, crossTeam: 1, crossSite: 1, ...input.weights };
  const history = new MeetingHistory(
    n,
    input.history?.a ?? new Int32Array(0),
    input.history?.b ?? new Int32Array(0),
  );
  const listed = input.candidates ? listedPairs(n, input.candidates) : undefined;
  const values = new CoffeeValues(
    n,
    weights,
    input.teamOf,
    input.siteOf,
    history,
    input.allowed,
    listed,
  );
  const random = seededRandom(input.seed);
  const candidates =
    listed?.candidates ?? values.drawCandidates(input.draws ?? DEFAULT_DRAWS, random);

  const plan = planGroupSizes(n, input.size);
  const seeds = greedyPairs(n, values, candidates, random);
  const groups = assembleGroups(n, plan, seeds, values, candidates, random, values.best);
  improveGroups(
    groups,
    values,
    candidates,
    random,
    input.effort ?? DEFAULT_EFFORT,
    belowBest(groups, values),
  );
  const unplaced = removeNotAllowed(groups, values, candidates, random);
  if (n === 1) unplaced.push({ person: 0, reason: 'alone' });
  return summarise(groups, values, history, input, unplaced);
}

/** People whose groupmates do not all score the best they could: the only ones worth searching from. */
function belowBest(groups: GroupSet, values: CoffeeValues): Int32Array {
  const out: number[] = [];
  for (let v = 0; v < groups.groupOf.length; v++) {
    const g = groups.groupOf[v];
    if (g === -1) continue;
    const score = groups.score(values, v, g, -1);
    if (groups.forbidden > 0 || score < (groups.size[g] - 1) * values.best[v]) out.push(v);
  }
  return Int32Array.from(out);
}

function summarise(
  groups: GroupSet,
  values: CoffeeValues,
  history: MeetingHistory,
  input: CoffeeRoundInput,
  unplaced: Array<{ person: number; reason: UnplacedReason }>,
): CoffeeRoundResult {
  const published = groups.publish();
  let score = 0;
  let repeats = 0;
  let pairs = 0;
  let crossTeamPairs = 0;
  let crossSitePairs = 0;
  const sizes: number[] = [];
  for (const members of published.groups) {
    sizes.push(members.length);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i], members[j]];
        pairs++;
        if (history.met(a, b)) repeats++;
        if (input.teamOf && input.teamOf[a] !== input.teamOf[b]) crossTeamPairs++;
        if (input.siteOf && input.siteOf[a] !== input.siteOf[b]) crossSitePairs++;
        score += values.score(a, b);
      }
    }
  }
  const upperBound = Math.min(
    bestPossible(values.best, sizes),
    mixPossible(
      sizes,
      values.weights,
      placedCounts(published.groupOf, input.teamOf),
      placedCounts(published.groupOf, input.siteOf),
    ),
  );
  return {
    ...published,
    score,
    upperBound,
    ratio: upperBound === 0 ? 1 : score / upperBound,
    repeats,
    pairs,
    crossTeamPairs,
    crossSitePairs,
    unplaced: unplaced.sort((a, b) => a.person - b.person),
  };
}

function listedPairs(n: number, candidates: Candidates): ListedPairs {
  const { start, partner } = candidates;
  if (start.length !== n + 1 || start[n] !== partner.length) {
    throw new RangeError('candidates.start must have people + 1 entries ending at partner.length');
  }
  const edgeU = new Int32Array(partner.length);
  for (let v = 0; v < n; v++) edgeU.fill(v, start[v], start[v + 1]);
  for (const u of partner) {
    if (!(u >= 0 && u < n)) throw new RangeError(`candidate ${u} is outside 0..${n - 1}`);
  }
  return new ListedPairs(n, edgeU, Int32Array.from(partner), new Float64Array(partner.length));
}

function validate(input: CoffeeRoundInput): void {
  const n = input.people;
  if (!Number.isInteger(n) || n < 0) throw new RangeError('people must be a whole number ≥ 0');
  if (![2, 3, 4].includes(input.size)) throw new RangeError('size must be 2, 3 or 4');
  if (!Number.isFinite(input.seed)) throw new RangeError('seed must be a finite number');
  for (const [name, of] of [
    ['teamOf', input.teamOf],
    ['siteOf', input.siteOf],
  ] as const) {
    if (of && of.length !== n) throw new RangeError(`${name} must have one entry per person`);
  }
  for (const [name, w] of Object.entries(input.weights ?? {})) {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight ${name} must be finite and ≥ 0`);
  }
  if (input.draws !== undefined && !(Number.isInteger(input.draws) && input.draws >= 1)) {
    throw new RangeError('draws must be a whole number ≥ 1');
  }
  if (input.effort !== undefined && !(input.effort >= 0)) {
    throw new RangeError('effort must be a number ≥ 0');
  }
}
