/**
 * What every programme does around its own pairing step: check the settings, screen the people,
 * build the fit context, and in the end put matches and unmatched people in a stable order with
 * the round's figures. A settings mistake is reported for everyone instead of thrown, so a round
 * run from a job always yields a result that can be shown.
 */
import {
  createFitContext,
  type FitContext,
  type FitSettings,
  fitSettingsFor,
  invalidFitSetting,
  type MatchPerson,
  type ProgrammeKind,
  reason,
} from '../fit';
import { createPairBook, explainMatch, type PairBook } from './pairBook';
import { screenPeople, sortUnmatched } from './screening';
import type { CommonSettings, MatchResult, ProgrammeInput, Unmatched } from './types';

export interface PreparedRound {
  eligible: MatchPerson[];
  unmatched: Unmatched[];
  ctx: FitContext;
  fit: FitSettings;
  book: PairBook;
}

/**
 * `invalidSetting` names the first programme-specific setting that is wrong, or returns null.
 */
export function prepareRound<S extends CommonSettings>(
  kind: ProgrammeKind,
  input: ProgrammeInput<S>,
  invalidSetting: (settings: S) => string | null,
): PreparedRound | MatchResult {
  const settings = (input.settings ?? {}) as S;
  const fit = fitSettingsFor(kind, settings.fit);
  const { now, seed } = input.round;
  const badField =
    (now instanceof Date && !Number.isNaN(now.getTime()) ? null : 'now') ??
    (Number.isInteger(seed) ? null : 'seed') ??
    invalidFitSetting(fit) ??
    invalidSetting(settings);
  if (badField) {
    const { eligible, unmatched } = screenPeople(input.people);
    const everyone = [
      ...unmatched,
      ...eligible.map((p) => ({
        id: p.id,
        reason: reason('match.unmatched.invalidSettings', { field: badField }),
      })),
    ];
    return emptyResult(kind, input.people.length, everyone);
  }
  const { eligible, unmatched } = screenPeople(input.people);
  const ctx = createFitContext(eligible, input.round);
  return { eligible, unmatched, ctx, fit, book: createPairBook(ctx, fit) };
}

export function isResult(value: PreparedRound | MatchResult): value is MatchResult {
  return 'stats' in value;
}

function emptyResult(kind: ProgrammeKind, people: number, unmatched: Unmatched[]): MatchResult {
  return {
    matches: [],
    unmatched: sortUnmatched(unmatched),
    stats: {
      kind,
      people,
      eligible: 0,
      matchedPeople: 0,
      matches: 0,
      totalScore: 0,
      worstScore: null,
      candidatePairs: 0,
      forbiddenPairs: 0,
      optimal: true,
    },
  };
}

export function finishRound(
  kind: ProgrammeKind,
  input: ProgrammeInput<unknown>,
  round: PreparedRound,
  groups: string[][],
  unmatched: Unmatched[],
  optimal: boolean,
): MatchResult {
  // Peer groups have no first member; directed pairs keep (experienced, learner).
  const ordered = round.fit.directed ? groups : groups.map((members) => [...members].sort());
  const matches = ordered
    .map((members) => explainMatch(members, round.book, round.fit.maxReasons))
    .sort((x, y) => (x.members.join('\u0000') < y.members.join('\u0000') ? -1 : 1));
  const totalScore = matches.reduce((sum, m) => sum + m.score, 0);
  const matchedPeople = new Set(matches.flatMap((m) => m.members)).size;
  return {
    matches,
    unmatched: sortUnmatched([...round.unmatched, ...unmatched]),
    stats: {
      kind,
      people: input.people.length,
      eligible: round.eligible.length,
      matchedPeople,
      matches: matches.length,
      totalScore,
      worstScore: matches.reduce<number | null>(
        (w, m) => (w === null ? m.score : Math.min(w, m.score)),
        null,
      ),
      candidatePairs: round.book.candidatePairs,
      forbiddenPairs: round.book.forbiddenPairs,
      optimal,
    },
  };
}
