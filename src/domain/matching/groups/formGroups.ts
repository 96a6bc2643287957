/**
 * Splits people into groups of 2, 3 or 4 (see `planGroupSizes` for odd counts) so that the
 * weights of the listed pairs inside groups add up to as much as possible, with unlisted pairs
 * sharing a group only when the listed ones cannot cover everyone.
 *
 * Pairs (size 2) come straight from the exact matcher with maximum cardinality, so with an even
 * count the answer is optimal. Larger groups are built around the pairs of a maximum-weight
 * matching (one pair per group, the heaviest for the biggest groups), filled with the people who
 * add most, and improved by local search. The result reports an upper bound:
 *   - every group of at most four people splits into at most three matchings, so no grouping
 *     beats three times the heaviest matching;
 *   - nobody gains more than their g − 1 heaviest pairs, so no grouping beats half the sum of
 *     those over all people (g the largest group size);
 *   - with pairs and one trio, removing one trio member leaves a matching, so the heaviest
 *     matching plus the best two pairs at one person bounds it.
 */
import { type GeneralMatchingProblem, maxWeightMatching, validateProblem } from '../general';
import { assembleGroups } from './assemble';
import { improveGroups } from './localSearch';
import { ListedPairs } from './pairValues';
import { seededRandom } from './random';
import { planGroupSizes } from './sizes';
import type { GroupingOptions, GroupingResult } from './types';

/** Person-visits of perturbation the search may spend: many rounds for small inputs, few for large. */
const DEFAULT_EFFORT = 400_000;

export function formGroups(
  problem: GeneralMatchingProblem,
  options: GroupingOptions,
): GroupingResult {
  validate(problem, options);
  const n = problem.nodeCount;
  if (n < 2) {
    return {
      groups: [],
      groupOf: new Int32Array(n).fill(-1),
      total: 0,
      forbiddenPairs: 0,
      upperBound: 0,
      exact: true,
      unplaced: n === 1 ? [0] : [],
    };
  }
  const plan = planGroupSizes(n, options.size);
  const pairs = new ListedPairs(n, problem.edgeU, problem.edgeV, problem.edgeWeight);
  const random = seededRandom(options.seed);
  const heaviest = maxWeightMatching(problem);
  const allPairs = plan.every((s) => s === 2);
  // Pairs need as many listed pairs as possible first; bigger groups only borrow a core.
  const seedMatching =
    options.size === 2 ? maxWeightMatching(problem, { maxCardinality: true }) : heaviest;
  const seeds = seedMatching.pairs
    .map((pair): [number, number, number] => [pair[0], pair[1], pairs.value(pair[0], pair[1])])
    .sort((a, b) => b[2] - a[2] || a[0] - b[0])
    .map((s): [number, number] => [s[0], s[1]]);

  const groups = assembleGroups(n, plan, seeds, pairs, pairs.candidates, random);
  if (!allPairs)
    improveGroups(groups, pairs, pairs.candidates, random, options.effort ?? DEFAULT_EFFORT);
  const { value, forbidden } = groups.totals(pairs);

  let upperBound: number;
  if (allPairs) {
    upperBound = seedMatching.total;
  } else if (options.size === 2) {
    let bestTrioGain = 0;
    for (let v = 0; v < n; v++) bestTrioGain = Math.max(bestTrioGain, pairs.topPositive(v, 2));
    upperBound = heaviest.total + bestTrioGain;
  } else {
    let perPerson = 0;
    for (let v = 0; v < n; v++) perPerson += pairs.topPositive(v, plan[0] - 1);
    upperBound = Math.min(perPerson / 2, 3 * heaviest.total);
  }
  return {
    ...groups.publish(),
    total: value,
    forbiddenPairs: forbidden,
    upperBound: Math.max(upperBound, value),
    exact: allPairs || (forbidden === 0 && value >= upperBound),
    unplaced: [],
  };
}

function validate(problem: GeneralMatchingProblem, options: GroupingOptions): void {
  if (![2, 3, 4].includes(options.size)) throw new RangeError('size must be 2, 3 or 4');
  if (!Number.isFinite(options.seed)) throw new RangeError('seed must be a finite number');
  if (options.effort !== undefined && !(options.effort >= 0)) {
    throw new RangeError('effort must be a number ≥ 0');
  }
  validateProblem(problem);
}
