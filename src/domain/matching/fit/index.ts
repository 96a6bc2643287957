/**
 * The fit model: how well two people suit each other for a programme, as a weighted sum of named
 * factors with a reason for every part, plus the hard rules that forbid a pair outright.
 */
export { CONSTRAINTS } from './constraints';
export {
  createFitContext,
  type FitContext,
  type FitWorld,
  type PairingHistoryEntry,
  type Profile,
  pairKey,
} from './context';
export { FACTORS, type Factor, type FactorPart } from './factors';
export type {
  IsoWeekday,
  MatchPerson,
  MatchRole,
  SkillOffer,
  SkillWish,
  SupportNeed,
  WorkDay,
} from './person';
export {
  REASON_CATALOGUE,
  REASON_NAMESPACE,
  type Reason,
  type ReasonKey,
  type ReasonParams,
  reason,
} from './reason';
export { isValidTimeZone, weeklyOverlap, weeklyUtcIntervals } from './referenceWeek';
export {
  blockedReasons,
  compareReasons,
  type PairFit,
  pairAllowed,
  pairWeight,
  profilesAllowed,
  type ScoredReason,
  scorePair,
} from './score';
export {
  CONSTRAINT_NAMES,
  type ConstraintName,
  DEFAULT_FIT_SETTINGS,
  FACTOR_NAMES,
  type FactorName,
  type FactorWeights,
  type FitOverrides,
  type FitSettings,
  fitSettingsFor,
  invalidFitSetting,
  type ProgrammeKind,
} from './settings';
