/**
 * Scores pairs for the solvers and turns solved pairs and groups back into explained matches and
 * unmatched people into reasons. Solvers get bare weights (a large coffee round asks for millions,
 * so reasons are built only for what is shown). Peer programmes are symmetric, so a pair is always
 * scored in id order: (a, b) and (b, a) must give the very same number.
 */
import {
  compareReasons,
  type FitContext,
  type FitSettings,
  type PairFit,
  pairWeight,
  type Reason,
  type ReasonKey,
  reason,
  scorePair,
} from '../fit';
import type { Match, MatchReason, Unmatched } from './types';

export interface PairBook {
  /**
   * The solver weight of a candidate pair, or null when a rule forbids it; counted in the
   * round's figures. Directed programmes read (experienced, learner); peer programmes ignore the
   * order.
   */
  weight(a: string, b: string): number | null;
  /** Score with reasons, or the rules broken; the same score as `weight`. */
  fit(a: string, b: string): PairFit;
  readonly candidatePairs: number;
  readonly forbiddenPairs: number;
}

export function createPairBook(ctx: FitContext, settings: FitSettings): PairBook {
  const cache = new Map<string, PairFit>();
  const order = (a: string, b: string) => (settings.directed || a < b ? [a, b] : [b, a]);
  let candidates = 0;
  let forbidden = 0;
  return {
    weight(a, b) {
      const [first, second] = order(a, b);
      const weight = pairWeight(first, second, ctx, settings);
      candidates++;
      if (weight === null) forbidden++;
      return weight;
    },
    fit(a, b) {
      const [first, second] = order(a, b);
      const key = `${first}\u0000${second}`;
      let found = cache.get(key);
      if (!found) {
        found = scorePair(first, second, ctx, settings);
        cache.set(key, found);
      }
      return found;
    },
    get candidatePairs() {
      return candidates;
    },
    get forbiddenPairs() {
      return forbidden;
    },
  };
}

/**
 * A match from its members. Directed matches are one (experienced, learner) pair; groups add up
 * every pair inside, so a trio's score counts all three relations. The same reason found between
 * several pairs of a group (all speak Dutch) is given once, about all of them, with its effects
 * added up.
 */
export function explainMatch(members: string[], book: PairBook, maxReasons: number): Match {
  let score = 0;
  const merged = new Map<string, MatchReason>();
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const fit = book.fit(members[i], members[j]);
      if (!fit.allowed) continue;
      score += fit.score;
      for (const r of fit.reasons) {
        const key = `${r.key}\u0000${JSON.stringify(r.params)}`;
        const found = merged.get(key);
        if (!found) {
          merged.set(key, { ...r, about: [members[i], members[j]] });
          continue;
        }
        found.contribution += r.contribution;
        for (const id of [members[i], members[j]])
          if (!found.about.includes(id)) found.about.push(id);
      }
    }
  }
  const reasons = [...merged.values()];
  for (const r of reasons) r.about.sort();
  reasons.sort(compareReasons);
  return { members, score, reasons: reasons.slice(0, maxReasons) };
}

/**
 * Why someone was left out: nobody to pair with, every candidate ruled out by a rule (listing
 * the rules), or, when allowed partners existed, the programme-specific `otherwise` reason.
 */
export function explainUnmatched(
  id: string,
  candidates: readonly string[],
  book: PairBook,
  otherwise: ReasonKey,
  directedAsLearner = false,
): Unmatched {
  if (candidates.length === 0) return { id, reason: reason('match.unmatched.noCandidates') };
  const blockCounts = new Map<string, { reason: Reason; count: number }>();
  for (const other of candidates) {
    const fit = directedAsLearner ? book.fit(other, id) : book.fit(id, other);
    if (fit.allowed) return { id, reason: reason(otherwise) };
    for (const r of fit.blocked) {
      const key = `${r.key}\u0000${JSON.stringify(r.params)}`;
      const entry = blockCounts.get(key) ?? { reason: r, count: 0 };
      entry.count++;
      blockCounts.set(key, entry);
    }
  }
  const blockedBy = [...blockCounts.values()]
    .sort((x, y) => y.count - x.count || (x.reason.key < y.reason.key ? -1 : 1))
    .map((entry) => entry.reason);
  return {
    id,
    reason: reason('match.unmatched.noEligiblePartner', { count: candidates.length }),
    blockedBy,
  };
}
