import type { LearningGoalRepository } from '../../db/repositories/learningGoals';
import type { Actor } from '../actor';
import { notFound } from '../errors';

export async function deleteMyGoal(
  deps: { goals: LearningGoalRepository },
  actor: Actor,
  input: { id: string },
): Promise<void> {
  if (!(await deps.goals.delete(actor.personId, input.id))) throw notFound('goal');
}
