import type { GroupSize } from './sizes';

export interface GroupingOptions {
  size: GroupSize;
  /** Same seed, same groups. */
  seed: number;
  /**
   * How hard the search tries to escape local optima, in person-visits (default 400,000): about
   * effort ÷ people rounds of perturbation after the local search. 0 stops at the first optimum.
   */
  effort?: number;
}

export interface GroupingResult {
  /** Members ascending; groups ordered by their first member. */
  groups: number[][];
  /** Index into `groups` per person, -1 for the unplaced. */
  groupOf: Int32Array;
  /** Sum of the weights of listed pairs that share a group. */
  total: number;
  /**
   * Pairs sharing a group that are not listed. Fewest first, then highest total: they appear only
   * when the listed pairs cannot cover everyone.
   */
  forbiddenPairs: number;
  /** No grouping with this size plan and at most as many unlisted pairs has a higher total. */
  upperBound: number;
  /** The total is proven optimal (pairs from the exact matcher, or total equal to the bound). */
  exact: boolean;
  /** People in no group: only ever the single person of a one-person input. */
  unplaced: number[];
}
