/**
 * Builds groups around seed pairs: each planned group starts from one pair (the best pairs go to
 * the biggest groups), then everyone else joins the open group they add most to, looking first
 * where their own candidates already are and then, if that fails, at open groups anywhere.
 * `best` (each person's highest possible pair value), when known, lets a person settle as soon
 * as a group is as good as it can get.
 */
import { GroupSet } from './groupSet';
import type { Candidates, PairValues } from './pairValues';
import { below, type Random, shuffledRange } from './random';

/** Open groups scored per person when none of their candidates' groups has room. */
const OPEN_GROUP_SAMPLE = 48;

export function assembleGroups(
  people: number,
  plan: number[],
  seeds: Array<[number, number]>,
  values: PairValues,
  candidates: Candidates,
  random: Random,
  best?: Float64Array,
): GroupSet {
  const groups = new GroupSet(people, plan);
  // With each person's best possible pair value known, a group where they reach it with every
  // member cannot be beaten, and the search for one can stop there.
  const perfect = (v: number, g: number, value: number) =>
    best !== undefined && groups.forbidden === 0 && value >= groups.size[g] * best[v];
  let next = 0;
  for (let g = 0; g < plan.length && next < seeds.length; g++) {
    const [a, b] = seeds[next++];
    groups.add(g, a);
    groups.add(g, b);
  }

  const pending: number[] = [];
  for (const v of shuffledRange(random, people)) {
    if (groups.groupOf[v] !== -1) continue;
    let chosen = -1;
    let bestForbidden = 0;
    let bestValue = 0;
    for (let k = candidates.start[v]; k < candidates.start[v + 1]; k++) {
      const g = groups.groupOf[candidates.partner[k]];
      if (g === -1 || groups.size[g] >= groups.target[g]) continue;
      const value = groups.score(values, v, g, -1);
      if (chosen === -1 || better(groups.forbidden, value, bestForbidden, bestValue)) {
        chosen = g;
        bestForbidden = groups.forbidden;
        bestValue = value;
        if (perfect(v, g, value)) break;
      }
    }
    // Knowing what is perfect, anything less may wait for a better open group found below.
    const settle = chosen !== -1 && bestForbidden === 0 && (!best || perfect(v, chosen, bestValue));
    if (settle) groups.add(chosen, v);
    else pending.push(v);
  }

  const open: number[] = [];
  for (let g = 0; g < groups.count; g++) if (groups.size[g] < groups.target[g]) open.push(g);
  for (const v of pending) {
    let chosen = -1;
    let bestForbidden = 0;
    let bestValue = 0;
    const tries = Math.min(open.length, OPEN_GROUP_SAMPLE);
    for (let t = 0; t < tries; t++) {
      const i = open.length <= OPEN_GROUP_SAMPLE ? t : below(random, open.length);
      const value = groups.score(values, v, open[i], -1);
      if (chosen === -1 || better(groups.forbidden, value, bestForbidden, bestValue)) {
        chosen = i;
        bestForbidden = groups.forbidden;
        bestValue = value;
        if (perfect(v, open[i], value)) break;
      }
    }
    const g = open[chosen];
    groups.add(g, v);
    if (groups.size[g] >= groups.target[g]) {
      open[chosen] = open[open.length - 1];
      open.pop();
    }
  }
  return groups;
}

/** Fewer not-allowed pairs first, then more value. */
function better(forbidden: number, value: number, bestForbidden: number, bestValue: number) {
  return forbidden < bestForbidden || (forbidden === bestForbidden && value > bestValue);
}
