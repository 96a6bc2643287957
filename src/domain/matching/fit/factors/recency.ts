/**
 * Earlier pairings cost score, most when recent and fading to nothing after the horizon, so a
 * programme keeps introducing new people without forbidding a good pair forever. A hard window
 * (no repeat within N rounds) is a constraint, not this factor.
 */
import { reason } from '../reason';
import type { Factor } from './factor';

export const recency: Factor = (a, b, ctx, settings) => {
  const roundsAgo = ctx.lastPairedRoundsAgo(a.person.id, b.person.id);
  const horizon = settings.recencyHorizonRounds;
  if (roundsAgo === null || roundsAgo > horizon) return [];
  const value = -(1 - (Math.max(roundsAgo, 1) - 1) / horizon);
  return [{ value, reason: reason('match.reason.pairedBefore', { count: roundsAgo }) }];
};
