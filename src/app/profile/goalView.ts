import type { Goal } from '../../contracts/goals';
import type { GoalRecord } from '../../db/repositories/learningGoals';

export const toGoal = (goal: GoalRecord): Goal => ({
  id: goal.id,
  title: goal.title,
  why: goal.why,
  skill: goal.skill,
  targetDate: goal.targetDate,
  status: goal.status,
  progress: goal.progress,
  createdAt: goal.createdAt.toISOString(),
  updatedAt: goal.updatedAt.toISOString(),
});
