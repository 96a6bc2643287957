/**
 * The fit of one pair: hard rules first, then the weighted sum of factors. Each reason carries the
 * share of the score it stands for, so "top reasons" means the parts that moved the score most.
 */
import { CONSTRAINTS } from './constraints';
import type { FitContext, Profile } from './context';
import { FACTORS } from './factors';
import type { Reason } from './reason';
import { FACTOR_NAMES, type FactorName, type FitSettings } from './settings';

export interface ScoredReason extends Reason {
  factor: FactorName;
  /** Weight times the part's value; negative for what speaks against the pair. */
  contribution: number;
}

export type PairFit =
  | { allowed: true; score: number; reasons: ScoredReason[] }
  | { allowed: false; blocked: Reason[] };

/** Largest effect first, either sign; ties by key and parameters so the order is stable. */
export function compareReasons(x: ScoredReason, y: ScoredReason): number {
  const byEffect = Math.abs(y.contribution) - Math.abs(x.contribution);
  if (byEffect !== 0) return byEffect;
  if (x.key !== y.key) return x.key < y.key ? -1 : 1;
  const px = JSON.stringify(x.params);
  const py = JSON.stringify(y.params);
  return px === py ? 0 : px < py ? -1 : 1;
}

export function blockedReasons(
  a: string,
  b: string,
  ctx: FitContext,
  settings: FitSettings,
): Reason[] {
  const pa = ctx.profile(a);
  const pb = ctx.profile(b);
  const blocked: Reason[] = [];
  for (const name of settings.constraints) {
    const found = CONSTRAINTS[name](pa, pb, ctx, settings);
    if (found) blocked.push(found);
  }
  return blocked;
}

function weightedSum(pa: Profile, pb: Profile, ctx: FitContext, settings: FitSettings): number {
  let score = 0;
  for (const factor of FACTOR_NAMES) {
    const weight = settings.weights[factor];
    if (weight !== 0) score += weight * FACTORS[factor].value(pa, pb, ctx, settings);
  }
  return score;
}

/** Whether every hard rule of the programme allows the pair. */
export function pairAllowed(a: string, b: string, ctx: FitContext, settings: FitSettings): boolean {
  return profilesAllowed(ctx.profile(a), ctx.profile(b), ctx, settings);
}

/** As `pairAllowed`, for callers that already hold the profiles (millions of checks). */
export function profilesAllowed(
  pa: Profile,
  pb: Profile,
  ctx: FitContext,
  settings: FitSettings,
): boolean {
  for (const name of settings.constraints) {
    if (CONSTRAINTS[name](pa, pb, ctx, settings)) return false;
  }
  return true;
}

/** The score alone, or null when a rule forbids the pair: what solvers need, for every candidate. */
export function pairWeight(
  a: string,
  b: string,
  ctx: FitContext,
  settings: FitSettings,
): number | null {
  if (!pairAllowed(a, b, ctx, settings)) return null;
  return weightedSum(ctx.profile(a), ctx.profile(b), ctx, settings);
}

/**
 * Score and sorted reasons, or every rule the pair breaks: what people read. The score is
 * computed exactly as `pairWeight` computes it, so what was solved and what is shown agree.
 */
export function scorePair(a: string, b: string, ctx: FitContext, settings: FitSettings): PairFit {
  const blocked = blockedReasons(a, b, ctx, settings);
  if (blocked.length > 0) return { allowed: false, blocked };
  const pa = ctx.profile(a);
  const pb = ctx.profile(b);
  const reasons: ScoredReason[] = [];
  for (const factor of FACTOR_NAMES) {
    const weight = settings.weights[factor];
    if (weight === 0) continue;
    for (const part of FACTORS[factor].explain(pa, pb, ctx, settings)) {
      const contribution = weight * part.value;
      if (contribution !== 0) reasons.push({ ...part.reason, factor, contribution });
    }
  }
  reasons.sort(compareReasons);
  return { allowed: true, score: weightedSum(pa, pb, ctx, settings), reasons };
}
