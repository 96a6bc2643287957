import { daysBetween } from './calendarDay';

/** Weeks without any progress after which an unfinished goal is at risk. */
export const STALE_GOAL_WEEKS = 8;

export interface GoalState {
  status: 'open' | 'in_progress' | 'done' | 'dropped';
  progress: number;
  targetDate: string | null;
  /** The day of the last change to the goal. */
  updatedOn: string;
}

/** An unfinished goal past its target date, or one at 0 % untouched for STALE_GOAL_WEEKS. */
export function isGoalAtRisk(goal: GoalState, today: string): boolean {
  if (goal.status === 'done' || goal.status === 'dropped') return false;
  if (goal.targetDate && daysBetween(goal.targetDate, today) > 0) return true;
  return goal.progress === 0 && daysBetween(goal.updatedOn, today) >= STALE_GOAL_WEEKS * 7;
}

/** Share of working days at home (0–1), or null for someone with no working days known. */
export function remoteShare(modes: readonly ('office' | 'home' | 'off')[]): number | null {
  const working = modes.filter((mode) => mode !== 'off');
  if (working.length === 0) return null;
  return working.filter((mode) => mode === 'home').length / working.length;
}
