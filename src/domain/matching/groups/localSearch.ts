/**
 * Improves finished groups by exchanging two people between groups, or moving one person to a
 * group one smaller (the two groups swap sizes, so the size plan holds). A change is kept only
 * if it removes not-allowed pairs or, adding none, raises the total value. The groups tried for
 * a person are those of their candidates, plus random ones while they sit in a not-allowed pair.
 *
 * Such a search stops in local optima, and with not-allowed pairs ranked first the good groupings
 * can be far apart. So it is iterated: a few random groups are shuffled among themselves, the
 * search runs again from there, and the result is kept only if it is better.
 */
import type { GroupSet } from './groupSet';
import type { Candidates, PairValues } from './pairValues';
import { below, type Random, shuffledRange } from './random';

const RANDOM_TRIES_WHEN_FORBIDDEN = 24;
/** Groups shuffled together in one perturbation. */
const SHAKEN_GROUPS = 3;

export interface Totals {
  value: number;
  forbidden: number;
}

/**
 * Local search from `start` (default everyone), then perturbations while the work budget lasts
 * (about `budget` person-visits; each perturbation costs a snapshot of everyone). Returns the
 * totals of the result.
 */
export function improveGroups(
  groups: GroupSet,
  values: PairValues,
  candidates: Candidates,
  random: Random,
  budget: number,
  start?: Int32Array,
): Totals {
  const people = groups.groupOf.length;
  const current = groups.totals(values);
  searchFrom(groups, values, candidates, random, start ?? shuffledRange(random, people), current);
  // Past a few dozen shakes per group, small inputs gain nothing more.
  const perturbations =
    groups.count < 2 ? 0 : Math.min(Math.floor(budget / Math.max(people, 1)), 64 * groups.count);
  let best = { ...current };
  for (let round = 0; round < perturbations; round++) {
    const saved = groups.snapshot();
    const trial = { ...best };
    const touched = shake(groups, values, random, trial);
    searchFrom(groups, values, candidates, random, touched, trial);
    if (isBetter(trial, best)) best = trial;
    else groups.restore(saved);
  }
  return best;
}

function isBetter(a: Totals, b: Totals): boolean {
  return (
    a.forbidden < b.forbidden ||
    (a.forbidden === b.forbidden && gains(0, a.value - b.value, b.value))
  );
}

/** Shuffles the members of a few random groups among those groups; returns who moved. */
function shake(groups: GroupSet, values: PairValues, random: Random, totals: Totals): Int32Array {
  const chosen: number[] = [];
  for (let t = 0; t < SHAKEN_GROUPS * 4 && chosen.length < SHAKEN_GROUPS; t++) {
    const g = below(random, groups.count);
    if (!chosen.includes(g)) chosen.push(g);
  }
  const people: number[] = [];
  const sizes: number[] = [];
  for (const g of chosen) {
    const before = groups.groupTotal(values, g);
    totals.value -= before.value;
    totals.forbidden -= before.forbidden;
    sizes.push(groups.size[g]);
    for (const v of groups.membersOf(g)) {
      groups.remove(v);
      people.push(v);
    }
  }
  const order = shuffledRange(random, people.length);
  let next = 0;
  chosen.forEach((g, i) => {
    for (let k = 0; k < sizes[i]; k++) groups.add(g, people[order[next++]]);
    const after = groups.groupTotal(values, g);
    totals.value += after.value;
    totals.forbidden += after.forbidden;
  });
  return Int32Array.from(people);
}

/** Runs improving changes until none is left, revisiting only people whose groups changed. */
function searchFrom(
  groups: GroupSet,
  values: PairValues,
  candidates: Candidates,
  random: Random,
  start: Int32Array,
  totals: Totals,
): void {
  const queued = new Uint8Array(groups.groupOf.length);
  const queue: number[] = [];
  for (const v of start) {
    queued[v] = 1;
    queue.push(v);
  }
  const enqueueGroup = (g: number) => {
    for (let k = 0; k < groups.size[g]; k++) {
      const m = groups.member(g, k);
      if (queued[m] === 0) {
        queued[m] = 1;
        queue.push(m);
      }
    }
  };
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    queued[v] = 0;
    if (groups.groupOf[v] === -1) continue;
    const from = groups.groupOf[v];
    const to = improvePerson(groups, values, candidates, random, v, totals);
    if (to !== -1) {
      enqueueGroup(from);
      enqueueGroup(to);
    }
    // Compact the queue now and then so a long search does not hold every visit.
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head + 1);
      head = -1;
    }
  }
}

/**
 * Tries to take person v to the group of each of their candidates (or a random person, while v
 * sits in a not-allowed pair): by moving there if that group is one smaller, or by swapping with
 * any of its members. Applies the first change that gains and returns the group v went to.
 */
function improvePerson(
  groups: GroupSet,
  values: PairValues,
  candidates: Candidates,
  random: Random,
  v: number,
  totals: Totals,
): number {
  const a = groups.groupOf[v];
  const here = groups.score(values, v, a, -1);
  const hereForbidden = groups.forbidden;
  const start = candidates.start[v];
  const end = candidates.start[v + 1];
  const extra = hereForbidden > 0 ? RANDOM_TRIES_WHEN_FORBIDDEN : 0;
  let previous = -1;
  for (let k = start; k < end + extra; k++) {
    const b =
      groups.groupOf[k < end ? candidates.partner[k] : below(random, groups.groupOf.length)];
    // Candidates are often grouped together already; one look per group is enough.
    if (b === a || b === -1 || b === previous) continue;
    previous = b;
    if (groups.size[a] === groups.size[b] + 1) {
      const there = groups.score(values, v, b, -1);
      const forbiddenChange = groups.forbidden - hereForbidden;
      if (gains(forbiddenChange, there - here, here)) {
        groups.remove(v);
        groups.add(b, v);
        const t = groups.target[a];
        groups.target[a] = groups.target[b];
        groups.target[b] = t;
        totals.value += there - here;
        totals.forbidden += forbiddenChange;
        return b;
      }
    }
    for (let m = 0; m < groups.size[b]; m++) {
      const u = groups.member(b, m);
      const uHere = groups.score(values, u, b, -1);
      const uHereForbidden = groups.forbidden;
      const vThere = groups.score(values, v, b, u);
      const vThereForbidden = groups.forbidden;
      const uThere = groups.score(values, u, a, v);
      const uThereForbidden = groups.forbidden;
      const before = here + uHere;
      const forbiddenChange = vThereForbidden + uThereForbidden - hereForbidden - uHereForbidden;
      if (gains(forbiddenChange, vThere + uThere - before, before)) {
        groups.swap(v, u);
        totals.value += vThere + uThere - before;
        totals.forbidden += forbiddenChange;
        return b;
      }
    }
  }
  return -1;
}

/** Rounding must not make two equal totals look like a gain, or the search could cycle. */
function gains(forbiddenChange: number, valueChange: number, scale: number): boolean {
  if (forbiddenChange !== 0) return forbiddenChange < 0;
  return valueChange > 1e-9 * Math.max(1, Math.abs(scale));
}
