/**
 * Programme builders: plain people and settings in, explained matches out. Each round is a
 * cohort: everyone in it is matched at once by an exact solver, so signing up early never takes
 * the best partner from someone who signed up later.
 */
export type {
  FitOverrides,
  IsoWeekday,
  MatchPerson,
  MatchRole,
  PairingHistoryEntry,
  Reason,
  ReasonKey,
  SkillOffer,
  SkillWish,
  SupportNeed,
  WorkDay,
} from '../fit';
export { matchBuddies } from './buddy';
export { matchCoffee } from './coffee';
export { matchMentoring, matchReverseMentoring } from './mentoring';
export { matchOnboarding } from './onboarding';
export type {
  AssignmentObjective,
  BuddySettings,
  CoffeeSettings,
  CommonSettings,
  Match,
  MatchReason,
  MatchResult,
  MatchStats,
  MentoringSettings,
  OnboardingSettings,
  ProgrammeInput,
  RoundContext,
  Unmatched,
} from './types';
export { DEFAULT_CAPACITY } from './types';
