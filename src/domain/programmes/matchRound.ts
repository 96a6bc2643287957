import {
  createFitContext,
  type FactorName,
  type FitWorld,
  fitSettingsFor,
  type Reason,
} from '../matching/fit';
import {
  type MatchPerson,
  type MatchReason,
  type MatchResult,
  matchBuddies,
  matchCoffee,
  matchMentoring,
  matchOnboarding,
  matchReverseMentoring,
} from '../matching/programmes';
import { createPairBook, explainMatch } from '../matching/programmes/pairBook';
import { engineKind, type ProgrammeKind } from './kinds';

export interface RoundSettings {
  kind: ProgrammeKind;
  weights: Partial<Record<FactorName, number>>;
  groupSize: number;
}

export interface RoundWorld extends FitWorld {
  seed: number;
}

/** Runs the engine of the programme's kind with its weights: people in, explained matches out. */
export function matchRound(
  settings: RoundSettings,
  people: readonly MatchPerson[],
  round: RoundWorld,
): MatchResult {
  const fit = { weights: settings.weights };
  switch (settings.kind) {
    case 'buddy':
      return matchBuddies({ people, round, settings: { fit } });
    case 'mentoring':
      return matchMentoring({ people, round, settings: { fit } });
    case 'reverse_mentoring':
      return matchReverseMentoring({ people, round, settings: { fit } });
    case 'onboarding':
      return matchOnboarding({ people, round, settings: { fit } });
    case 'coffee':
      return matchCoffee({
        people,
        round,
        settings: { fit, groupSize: Math.min(4, Math.max(2, settings.groupSize)) as 2 | 3 | 4 },
      });
  }
}

export type Explained =
  | { allowed: true; score: number; reasons: MatchReason[] }
  | { allowed: false };

/**
 * Score and reasons of a match changed by hand, the way the engine explains its own: every pair
 * inside is scored with the programme's fit. A pair a hard rule forbids makes the whole match
 * not allowed (which rule is not said: a "don't pair me with" is private).
 */
export function explainMembers(
  settings: RoundSettings,
  members: readonly MatchPerson[],
  world: FitWorld,
): Explained {
  const fit = fitSettingsFor(engineKind(settings.kind), { weights: settings.weights });
  const ctx = createFitContext(members, world);
  const book = createPairBook(ctx, fit);
  const ids = members.map((m) => m.id);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      if (!book.fit(ids[i], ids[j]).allowed) return { allowed: false };
    }
  }
  const ordered = fit.directed ? ids : [...ids].sort();
  const match = explainMatch(ordered, book, fit.maxReasons);
  return { allowed: true, score: match.score, reasons: match.reasons };
}

/** Why a round produced no match at all, for the preview: the most common reason first. */
export interface NobodyMatched {
  /** `programmes:round.nobody.*` */
  key: 'round.nobody.noPeople' | 'round.nobody.because';
  because: Reason[];
}

export function whyNobodyMatched(result: MatchResult): NobodyMatched | null {
  if (result.matches.length > 0) return null;
  if (result.unmatched.length === 0) return { key: 'round.nobody.noPeople', because: [] };
  const counts = new Map<string, { reason: Reason; count: number }>();
  const add = (r: Reason) => {
    const key = `${r.key}\u0000${JSON.stringify(r.params)}`;
    const entry = counts.get(key) ?? { reason: r, count: 0 };
    entry.count++;
    counts.set(key, entry);
  };
  for (const u of result.unmatched) {
    if (u.blockedBy && u.blockedBy.length > 0) for (const r of u.blockedBy) add(r);
    else add({ key: u.reason.key, params: {} });
  }
  const because = [...counts.values()]
    .sort((x, y) => y.count - x.count || (x.reason.key < y.reason.key ? -1 : 1))
    .slice(0, 3)
    .map((entry) => entry.reason);
  return { key: 'round.nobody.because', because };
}
