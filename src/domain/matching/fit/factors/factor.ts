import type { FitContext, Profile } from '../context';
import type { Reason } from '../reason';
import type { FitSettings } from '../settings';

/** One part of a factor's value with the reason behind it. */
export interface FactorPart {
  value: number;
  reason: Reason;
}

type Args = [a: Profile, b: Profile, ctx: FitContext, settings: FitSettings];

/**
 * A factor reads the pair as (a, b); directed programmes pass (experienced, learner). `value` is
 * what the solvers see for every candidate pair, so it builds no reasons; `explain` splits the
 * same value into parts with reasons for the matches people read. The parts add up to the value,
 * which a test checks for every factor, so the score and its explanation never drift apart.
 */
export interface Factor {
  value(...args: Args): number;
  explain(...args: Args): FactorPart[];
}

/** A factor whose value is at most one part: computed once, explained on demand. */
export function singlePart<T>(
  measure: (...args: Args) => T | null,
  score: (found: T) => number,
  reasonOf: (found: T, ...args: Args) => Reason,
): Factor {
  return {
    value: (...args) => {
      const found = measure(...args);
      return found === null ? 0 : score(found);
    },
    explain: (...args) => {
      const found = measure(...args);
      if (found === null) return [];
      const value = score(found);
      return value === 0 ? [] : [{ value, reason: reasonOf(found, ...args) }];
    },
  };
}
