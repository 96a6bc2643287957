/**
 * Weights and rules per programme. A programme's fit is a weighted sum of the factors below; the
 * defaults encode what each programme is for (a buddy is a peer nearby, a mentor is someone more
 * experienced from another line, coffee is about meeting someone new) and an administrator can
 * override any of them.
 */

export type ProgrammeKind = 'buddy' | 'mentoring' | 'reverseMentoring' | 'onboarding' | 'coffee';

export const FACTOR_NAMES = [
  'skillsForward',
  'skillsBackward',
  'learningBalance',
  'officeDays',
  'workingHours',
  'language',
  'teamProximity',
  'teamMix',
  'sameSite',
  'siteMix',
  'seniority',
  'tenure',
  'supportNeed',
  'recency',
] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

export const CONSTRAINT_NAMES = [
  'doNotPair',
  'managerOrReport',
  'reportingLine',
  'workingHoursOverlap',
  'recentPairing',
  'siteOrDepartment',
] as const;
export type ConstraintName = (typeof CONSTRAINT_NAMES)[number];

export type FactorWeights = Record<FactorName, number>;

export interface FitSettings {
  weights: FactorWeights;
  /** Hard rules: a pair breaking any of them is never proposed. */
  constraints: readonly ConstraintName[];
  /** Seniority difference (first minus second person) the programme looks for; 0 for peers. */
  seniorityTargetGap: number;
  /**
   * Directed programmes read a pair as (experienced, learner): tenure and seniority reward the
   * first person's experience and support goes from first to second. Peer programmes are
   * symmetric: tenure rewards a mix of newer and longer-serving people.
   */
  directed: boolean;
  /** Shortest stretch of shared working time that makes a meeting possible. */
  minOverlapMinutes: number;
  /** Pairs that met within this many rounds are forbidden (when `recentPairing` is on). */
  noRepeatRounds: number;
  /** Earlier pairings within this many rounds cost score, fading with age. */
  recencyHorizonRounds: number;
  /** How many reasons each match carries. */
  maxReasons: number;
}

const ZERO: FactorWeights = Object.fromEntries(
  FACTOR_NAMES.map((name) => [name, 0]),
) as FactorWeights;

const BASE = {
  seniorityTargetGap: 0,
  directed: false,
  minOverlapMinutes: 60,
  noRepeatRounds: 0,
  recencyHorizonRounds: 6,
  maxReasons: 3,
} as const satisfies Partial<FitSettings>;

/** The defaults documented in docs/matching.md; change both together. */
export const DEFAULT_FIT_SETTINGS: Readonly<Record<ProgrammeKind, FitSettings>> = {
  buddy: {
    ...BASE,
    weights: {
      ...ZERO,
      skillsForward: 2,
      skillsBackward: 2,
      officeDays: 3,
      workingHours: 1,
      language: 1,
      seniority: 1,
      tenure: 1,
      supportNeed: 1,
      recency: 3,
    },
    constraints: ['doNotPair', 'managerOrReport'],
  },
  mentoring: {
    ...BASE,
    weights: {
      ...ZERO,
      skillsForward: 5,
      officeDays: 1,
      workingHours: 2,
      language: 1.5,
      teamMix: 1,
      seniority: 2,
      tenure: 1,
      supportNeed: 1,
      recency: 2,
    },
    constraints: ['doNotPair', 'managerOrReport', 'reportingLine', 'workingHoursOverlap'],
    seniorityTargetGap: 2,
    directed: true,
  },
  reverseMentoring: {
    ...BASE,
    weights: {
      ...ZERO,
      skillsForward: 3,
      skillsBackward: 3,
      learningBalance: 3,
      officeDays: 1,
      workingHours: 2,
      language: 1.5,
      teamMix: 1,
      seniority: 1,
      recency: 2,
    },
    constraints: ['doNotPair', 'managerOrReport', 'reportingLine', 'workingHoursOverlap'],
    seniorityTargetGap: 2,
    directed: true,
  },
  onboarding: {
    ...BASE,
    weights: {
      ...ZERO,
      skillsForward: 1,
      officeDays: 3,
      workingHours: 1,
      language: 1.5,
      teamProximity: 2,
      sameSite: 2,
      seniority: 1,
      tenure: 3,
      supportNeed: 1,
      recency: 1,
    },
    constraints: ['doNotPair', 'managerOrReport'],
    seniorityTargetGap: 1,
    directed: true,
  },
  coffee: {
    ...BASE,
    weights: {
      ...ZERO,
      skillsForward: 0.5,
      skillsBackward: 0.5,
      officeDays: 1,
      workingHours: 1,
      language: 1,
      teamMix: 3,
      siteMix: 1,
      recency: 4,
    },
    constraints: ['doNotPair', 'managerOrReport', 'workingHoursOverlap', 'recentPairing'],
    noRepeatRounds: 3,
    recencyHorizonRounds: 12,
  },
};

export interface FitOverrides {
  weights?: Partial<FactorWeights>;
  constraints?: readonly ConstraintName[];
  seniorityTargetGap?: number;
  directed?: boolean;
  minOverlapMinutes?: number;
  noRepeatRounds?: number;
  recencyHorizonRounds?: number;
  maxReasons?: number;
}

export function fitSettingsFor(kind: ProgrammeKind, overrides: FitOverrides = {}): FitSettings {
  const base = DEFAULT_FIT_SETTINGS[kind];
  return {
    ...base,
    ...definedOnly(overrides),
    weights: { ...base.weights, ...definedOnly(overrides.weights ?? {}) },
    constraints: [...(overrides.constraints ?? base.constraints)],
  };
}

/** Lets callers pass a form's `undefined` fields without wiping the defaults. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The first invalid setting's name, or null; programmes report it instead of throwing. */
export function invalidFitSetting(settings: FitSettings): string | null {
  for (const name of FACTOR_NAMES) {
    if (!Number.isFinite(settings.weights[name])) return `weights.${name}`;
  }
  for (const name of settings.constraints) {
    if (!(CONSTRAINT_NAMES as readonly string[]).includes(name)) return 'constraints';
  }
  if (!Number.isFinite(settings.seniorityTargetGap)) return 'seniorityTargetGap';
  if (typeof settings.directed !== 'boolean') return 'directed';
  const counts = [
    'minOverlapMinutes',
    'noRepeatRounds',
    'recencyHorizonRounds',
    'maxReasons',
  ] as const;
  for (const name of counts) {
    if (!Number.isInteger(settings[name]) || settings[name] < 0) return name;
  }
  return null;
}
