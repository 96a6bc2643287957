import type { FitContext, Profile } from '../context';
import type { Reason } from '../reason';
import type { FitSettings } from '../settings';

/**
 * A factor splits its value into parts, each with the reason behind it, so the score and the
 * explanation are the same numbers: a match's top reasons are its largest parts times weight.
 */
export interface FactorPart {
  value: number;
  reason: Reason;
}

/** Reads the pair as (a, b); directed programmes pass (experienced, learner). */
export type Factor = (
  a: Profile,
  b: Profile,
  ctx: FitContext,
  settings: FitSettings,
) => FactorPart[];
