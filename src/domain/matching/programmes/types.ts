import type {
  FitOverrides,
  FitWorld,
  MatchPerson,
  ProgrammeKind,
  Reason,
  ScoredReason,
} from '../fit';

/** What a round knows about the world besides its people; `seed` makes chance repeatable. */
export interface RoundContext extends FitWorld {
  seed: number;
}

export interface ProgrammeInput<Settings> {
  /** Everyone in the round, in any order: the whole cohort is matched at once. */
  people: readonly MatchPerson[];
  settings?: Settings;
  round: RoundContext;
}

export interface CommonSettings {
  fit?: FitOverrides;
}

export type AssignmentObjective = 'max-total' | 'max-cardinality' | 'max-min';

export interface BuddySettings extends CommonSettings {
  /** Who pairs with the odd one out of a team: a trio inside the team, or a buddy from the nearest team. */
  oddTeam?: 'trio' | 'nearestTeam';
}

/**
 * How many mentees a mentor (mentoring and reverse mentoring) or newcomers a godparent
 * (onboarding) takes on when neither the person nor the programme's settings say.
 */
export const DEFAULT_CAPACITY = { mentoring: 1, onboarding: 2 } as const;

export interface MentoringSettings extends CommonSettings {
  /** `max-cardinality` (default): as many mentees matched as possible, then the best total. */
  objective?: AssignmentObjective;
  /** Mentees per mentor when a person has no capacity of their own. */
  defaultCapacity?: number;
}

export interface OnboardingSettings extends MentoringSettings {
  /** Started at most this many days before `now` (or starts later): a newcomer. */
  newcomerDays?: number;
  /** Working here at least this many days: can be a godparent. */
  minGodparentTenureDays?: number;
  /** Turn "same site or department" from a preference into a rule. */
  requireSiteOrDepartment?: boolean;
}

export interface CoffeeSettings extends CommonSettings {
  /**
   * People per group. Nobody is left alone: with pairs an odd one out makes a trio; with 3 or 4
   * a few groups take another size between 2 and 4 so the count comes out.
   */
  groupSize?: 2 | 3 | 4;
  /** Score spread by the seeded chance that makes rounds with equal data differ. */
  randomness?: number;
  /**
   * Up to this many people every pair is scored with the full fit and solved exactly (pairs) or by
   * the groups solver; above it the organisation-scale coffee solver runs on team and site mix.
   */
  exhaustiveLimit?: number;
  /** Allowed partners the organisation-scale solver draws per person. */
  candidatesPerPerson?: number;
  /** Rounds of local search per person the groups solver spends on groups of 3–4. */
  groupSearchRounds?: number;
}

/** A reason inside a match, with the members it is about (in a group, often not everyone). */
export interface MatchReason extends ScoredReason {
  about: string[];
}

export interface Match {
  /** Directed programmes list the mentor or godparent first. */
  members: string[];
  score: number;
  reasons: MatchReason[];
}

export interface Unmatched {
  id: string;
  reason: Reason;
  /** For `noEligiblePartner`: the rules that ruled out every candidate, most frequent first. */
  blockedBy?: Reason[];
}

export interface MatchStats {
  kind: ProgrammeKind;
  people: number;
  eligible: number;
  matchedPeople: number;
  matches: number;
  totalScore: number;
  worstScore: number | null;
  /** Pairs scored, and how many of them a hard rule ruled out. */
  candidatePairs: number;
  forbiddenPairs: number;
  /** True when the pairing itself is a proven optimum (trios and sampled rounds are not). */
  optimal: boolean;
  /**
   * Large coffee rounds: score ÷ the organisation-scale solver's upper bound (on its own team and
   * site scale); no round of the same group sizes can reach above 1.
   */
  qualityRatio?: number;
}

export interface MatchResult {
  matches: Match[];
  unmatched: Unmatched[];
  stats: MatchStats;
}
