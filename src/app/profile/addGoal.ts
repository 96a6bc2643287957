import type { Goal, GoalBody } from '../../contracts/goals';
import type { LearningGoalRepository } from '../../db/repositories/learningGoals';
import type { SkillRepository } from '../../db/repositories/skills';
import { type FieldError, invalid, notFound } from '../errors';
import { checkGoal } from './checkGoal';
import { toGoal } from './goalView';

/** Checks a new goal and stores it for the person; the callers decide who may. */
export async function addGoal(
  deps: { goals: LearningGoalRepository; skills: SkillRepository; now: Date },
  personId: string,
  input: GoalBody,
): Promise<Goal> {
  const problems: FieldError[] = [];
  const fields = await checkGoal(deps, input, problems);
  if (problems.length > 0) throw invalid(problems);
  const id = await deps.goals.create(
    personId,
    {
      title: fields.title!,
      why: fields.why ?? null,
      skillId: fields.skillId ?? null,
      targetDate: fields.targetDate ?? null,
      status: fields.status ?? 'open',
      progress: fields.progress ?? 0,
    },
    deps.now,
  );
  const goal = await deps.goals.find(personId, id);
  if (!goal) throw notFound('goal');
  return toGoal(goal);
}
