import type { Goal, GoalPatch } from '../../contracts/goals';
import type { LearningGoalRepository } from '../../db/repositories/learningGoals';
import type { SkillRepository } from '../../db/repositories/skills';
import type { Actor } from '../actor';
import { type FieldError, invalid, notFound } from '../errors';
import { checkGoal } from './checkGoal';
import { toGoal } from './goalView';

/** Only one's own goals: someone else's goal id is as unknown as a made-up one. */
export async function updateMyGoal(
  deps: { goals: LearningGoalRepository; skills: SkillRepository; now: Date },
  actor: Actor,
  input: GoalPatch & { id: string },
): Promise<Goal> {
  const { id, ...changes } = input;
  if (!(await deps.goals.find(actor.personId, id))) throw notFound('goal');
  const problems: FieldError[] = [];
  const fields = await checkGoal(deps, changes, problems);
  if (problems.length > 0) throw invalid(problems);
  await deps.goals.update(actor.personId, id, fields, deps.now);
  const goal = await deps.goals.find(actor.personId, id);
  if (!goal) throw notFound('goal');
  return toGoal(goal);
}
