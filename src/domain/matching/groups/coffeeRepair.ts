/**
 * The last step of a coffee round: repeats and forbidden pairs are hard rules, so anyone the
 * search could only place by breaking one is taken out again and offered another place.
 */
import type { CoffeeValues } from './coffeeValues';
import { type GroupSet, MAX_GROUP } from './groupSet';
import type { Candidates } from './pairValues';
import { below, type Random } from './random';

export type UnplacedReason = 'alone' | 'no-partner';

/**
 * Takes people out of groups until no pair in any group breaks a rule, then finds the ones taken
 * out a place: a group with room that accepts them, or a partner among the others taken out.
 */
export function removeNotAllowed(
  groups: GroupSet,
  values: CoffeeValues,
  candidates: Candidates,
  random: Random,
): Array<{ person: number; reason: UnplacedReason }> {
  const out: number[] = [];
  for (let g = 0; g < groups.count; g++) {
    for (;;) {
      const members = groups.membersOf(g);
      let worst = -1;
      let worstCount = 0;
      for (const v of members) {
        groups.score(values, v, g, -1);
        if (groups.forbidden > worstCount) {
          worst = v;
          worstCount = groups.forbidden;
        }
      }
      if (worst === -1) break;
      groups.remove(worst);
      out.push(worst);
    }
    if (groups.size[g] === 1) {
      const lone = groups.membersOf(g)[0];
      groups.remove(lone);
      out.push(lone);
    }
  }
  const stillOut: number[] = [];
  for (const v of out) {
    const g = roomFor(groups, values, candidates, random, v);
    if (g === -1) stillOut.push(v);
    else groups.add(g, v);
  }
  // Whoever is left may still pair up among themselves; a new group needs an empty slot.
  const unplaced: Array<{ person: number; reason: UnplacedReason }> = [];
  const taken = new Uint8Array(stillOut.length);
  for (let i = 0; i < stillOut.length; i++) {
    if (taken[i]) continue;
    const empty = emptyGroup(groups);
    let partner = -1;
    for (let j = i + 1; j < stillOut.length && empty !== -1; j++) {
      if (!taken[j] && !Number.isNaN(values.value(stillOut[i], stillOut[j]))) {
        partner = j;
        break;
      }
    }
    if (partner === -1) {
      unplaced.push({ person: stillOut[i], reason: 'no-partner' });
      continue;
    }
    taken[partner] = 1;
    groups.add(empty, stillOut[i]);
    groups.add(empty, stillOut[partner]);
  }
  return unplaced;
}

/** A group with room for v (fewer than four) where v breaks no rule, best score first. */
function roomFor(
  groups: GroupSet,
  values: CoffeeValues,
  candidates: Candidates,
  random: Random,
  v: number,
): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  const consider = (g: number) => {
    if (g === -1 || groups.size[g] < 2 || groups.size[g] >= MAX_GROUP) return;
    const score = groups.score(values, v, g, -1);
    if (groups.forbidden === 0 && score > bestScore) {
      best = g;
      bestScore = score;
    }
  };
  for (let k = candidates.start[v]; k < candidates.start[v + 1]; k++) {
    consider(groups.groupOf[candidates.partner[k]]);
  }
  for (let t = 0; t < 64 && best === -1; t++) consider(below(random, groups.count));
  if (best === -1 && groups.count <= 4096) for (let g = 0; g < groups.count; g++) consider(g);
  return best;
}

function emptyGroup(groups: GroupSet): number {
  for (let g = 0; g < groups.count; g++) if (groups.size[g] === 0) return g;
  return -1;
}
