/**
 * Earlier pairings cost score, most when recent and fading to nothing after the horizon, so a
 * programme keeps introducing new people without forbidding a good pair forever. A hard window
 * (no repeat within N rounds) is a constraint, not this factor.
 */
import { reason } from '../reason';
import { singlePart } from './factor';

export const recency = singlePart(
  (a, b, _ctx, settings) => {
    const roundsAgo = a.pastPartners.get(b.person.id);
    const horizon = settings.recencyHorizonRounds;
    if (roundsAgo === undefined || roundsAgo > horizon) return null;
    return { roundsAgo, value: -(1 - (Math.max(roundsAgo, 1) - 1) / horizon) };
  },
  (found) => found.value,
  ({ roundsAgo }) => reason('match.reason.pairedBefore', { count: roundsAgo }),
);
