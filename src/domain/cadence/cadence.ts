import { addDays, daysBetween } from './calendarDay';

/** 1 = "I work autonomously" … 5 = "I want close support". */
export type SupportNeed = 1 | 2 | 3 | 4 | 5;

/** How often a person meets their manager, organisation-wide defaults. */
export interface CadenceSettings {
  /** Weeks between check-ins for support need 1 … 5 (index 0 is need 1). */
  weeksBySupportNeed: readonly [number, number, number, number, number];
  /** A person who started less than this many days ago is a new joiner. */
  newJoinerDays: number;
  /** New joiners meet at least this often (weeks), whatever their support need. */
  newJoinerWeeks: number;
}

export const defaultCadenceSettings: CadenceSettings = {
  weeksBySupportNeed: [6, 4, 3, 2, 1],
  newJoinerDays: 90,
  newJoinerWeeks: 1,
};

export const MIN_CADENCE_WEEKS = 1;
export const MAX_CADENCE_WEEKS = 26;

/** A manager's choice for one person; it wins over every default. */
export interface CadenceOverride {
  weeks: number;
  reason: string;
}

export type CadenceSource = 'override' | 'new_joiner' | 'support_need';

export interface Cadence {
  weeks: number;
  /** Why this rhythm: shown to the person and their manager alike. */
  source: CadenceSource;
  /** The manager's words when source is override. */
  reason: string | null;
}

export interface CadenceInput {
  supportNeed: SupportNeed;
  /** YYYY-MM-DD, or null when unknown (then the person is not treated as new). */
  startDate: string | null;
  override: CadenceOverride | null;
  settings: CadenceSettings;
  today: string;
}

export function isNewJoiner(startDate: string | null, today: string, days: number): boolean {
  if (!startDate) return false;
  const since = daysBetween(startDate, today);
  return since >= 0 && since < days;
}

/** The rhythm that follows the person: override, else new joiner, else support need. */
export function cadenceFor(input: CadenceInput): Cadence {
  if (input.override) {
    return { weeks: input.override.weeks, source: 'override', reason: input.override.reason };
  }
  const byNeed = input.settings.weeksBySupportNeed[input.supportNeed - 1];
  if (
    isNewJoiner(input.startDate, input.today, input.settings.newJoinerDays) &&
    input.settings.newJoinerWeeks < byNeed
  ) {
    return { weeks: input.settings.newJoinerWeeks, source: 'new_joiner', reason: null };
  }
  return { weeks: byNeed, source: 'support_need', reason: null };
}

/**
 * When the next check-in is due: a planned one's own date; otherwise one rhythm after the last
 * held; with none held yet, one rhythm after the start date (a new joiner's first talk comes
 * early), or today when even that is unknown.
 */
export function nextDueDate(input: {
  plannedOn: string | null;
  lastHeldOn: string | null;
  startDate: string | null;
  weeks: number;
  today: string;
}): string {
  if (input.plannedOn) return input.plannedOn;
  const from = input.lastHeldOn ?? input.startDate;
  if (!from) return input.today;
  return addDays(from, input.weeks * 7);
}

export const isOverdue = (dueOn: string, today: string) => daysBetween(today, dueOn) < 0;

export type RhythmAnswer = 'more' | 'same' | 'less';

/** The rhythms offered, closest first; a proposal moves one step along them. */
export const CADENCE_STEPS = [1, 2, 3, 4, 6, 8, 12] as const;

/**
 * "Is this rhythm right for you?": more often moves to the next closer step, less often to the
 * next wider one; null when the answer asks for no change or no step is left.
 */
export function proposeCadence(currentWeeks: number, answer: RhythmAnswer): number | null {
  if (answer === 'same') return null;
  if (answer === 'more') {
    const closer = [...CADENCE_STEPS].reverse().find((weeks) => weeks < currentWeeks);
    return closer ?? null;
  }
  const wider = CADENCE_STEPS.find((weeks) => weeks > currentWeeks);
  return wider ?? null;
}

/** Whether a check-in held on `heldOn` kept the rhythm it was due under. */
export const heldOnTime = (heldOn: string, dueOn: string) => daysBetween(dueOn, heldOn) <= 0;
