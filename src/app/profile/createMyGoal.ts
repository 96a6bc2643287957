import type { Goal, GoalBody } from '../../contracts/goals';
import type { LearningGoalRepository } from '../../db/repositories/learningGoals';
import type { SkillRepository } from '../../db/repositories/skills';
import type { Actor } from '../actor';
import { addGoal } from './addGoal';

/** Everyone keeps their own learning goals; their managers and admins may read them. */
export async function createMyGoal(
  deps: { goals: LearningGoalRepository; skills: SkillRepository; now: Date },
  actor: Actor,
  input: GoalBody,
): Promise<Goal> {
  return addGoal(deps, actor.personId, input);
}
