import type { Goal, GoalPatch } from '../../contracts/goals';
import type { GoalEventRepository } from '../../db/repositories/goalEvents';
import type { LearningGoalRepository } from '../../db/repositories/learningGoals';
import type { SkillRepository } from '../../db/repositories/skills';
import type { Actor } from '../actor';
import { type FieldError, invalid, notFound } from '../errors';
import { checkGoal } from './checkGoal';
import { toGoal } from './goalView';

/**
 * Only one's own goals: someone else's goal id is as unknown as a made-up one. Every change is
 * kept in the goal's history.
 */
export async function updateMyGoal(
  deps: {
    goals: LearningGoalRepository;
    goalEvents: GoalEventRepository;
    skills: SkillRepository;
    now: Date;
  },
  actor: Actor,
  input: GoalPatch & { id: string },
): Promise<Goal> {
  const { id, ...changes } = input;
  if (!(await deps.goals.find(actor.personId, id))) throw notFound('goal');
  const problems: FieldError[] = [];
  const fields = await checkGoal(deps, changes, problems);
  if (problems.length > 0) throw invalid(problems);
  await deps.goals.update(actor.personId, id, fields, deps.now);
  // kept, because the person's manager edits the same goals (check-ins)
  await deps.goalEvents.add(id, actor.personId, changes, deps.now);
  const goal = await deps.goals.find(actor.personId, id);
  if (!goal) throw notFound('goal');
  return toGoal(goal);
}
