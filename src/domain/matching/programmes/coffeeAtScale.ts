/**
 * Coffee rounds too large to score every pair (above `exhaustiveLimit`) go to the groups module's
 * organisation-scale coffee solver. It values a pair by meeting at all, across teams and across
 * sites (the coffee factors that matter at this size, weighted like `teamMix` and `siteMix`),
 * draws a few allowed partners per person, and reports how close it came to its upper bound.
 * Every hard rule of the programme is passed on as a pair check, so it never seats a forbidden
 * pair; the full fit is still used to explain the matches it makes.
 */
import {
  type FitContext,
  type FitSettings,
  type PairingHistoryEntry,
  profilesAllowed,
} from '../fit';
import { coffeeRound } from '../groups';

export interface LargeRound {
  groups: string[][];
  unplaced: string[];
  /** Score ÷ the solver's upper bound, on its own team-and-site scale. */
  qualityRatio: number;
}

/** Small integers for string ids (teams, sites): the solver compares them per pair. */
function intern(values: readonly (string | null)[]): Int32Array {
  const codes = new Map<string | null, number>();
  return Int32Array.from(values, (value) => {
    if (!codes.has(value)) codes.set(value, codes.size);
    return codes.get(value)!;
  });
}

function recentPairs(
  history: readonly PairingHistoryEntry[],
  index: ReadonlyMap<string, number>,
  window: number,
): { a: Int32Array; b: Int32Array } {
  const a: number[] = [];
  const b: number[] = [];
  for (const entry of history) {
    if (entry.roundsAgo > window) continue;
    const members = entry.members.filter((id) => index.has(id));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        a.push(index.get(members[i])!);
        b.push(index.get(members[j])!);
      }
    }
  }
  return { a: Int32Array.from(a), b: Int32Array.from(b) };
}

export function largeCoffeeRound(
  ids: readonly string[],
  ctx: FitContext,
  fit: FitSettings,
  options: {
    size: 2 | 3 | 4;
    seed: number;
    draws: number;
    history: readonly PairingHistoryEntry[];
  },
): LargeRound {
  const index = new Map(ids.map((id, i) => [id, i]));
  const profiles = ids.map((id) => ctx.profile(id));
  const window = fit.constraints.includes('recentPairing') ? fit.noRepeatRounds : 0;
  const result = coffeeRound({
    people: ids.length,
    size: options.size,
    seed: options.seed,
    teamOf: intern(profiles.map((p) => p.person.teamId)),
    siteOf: intern(profiles.map((p) => p.mainSite)),
    history: recentPairs(options.history, index, window),
    // Every rule is symmetric, so the order the solver asks in does not matter.
    allowed: (i, j) => profilesAllowed(profiles[i], profiles[j], ctx, fit),
    weights: {
      meet: 1,
      crossTeam: Math.max(0, fit.weights.teamMix),
      crossSite: Math.max(0, fit.weights.siteMix),
    },
    draws: options.draws,
  });
  return {
    groups: result.groups.map((group) => group.map((i) => ids[i])),
    unplaced: result.unplaced.map((u) => ids[u.person]),
    qualityRatio: result.ratio,
  };
}
