import type { GoalList } from '../../contracts/goals';
import type { LearningGoalRepository } from '../../db/repositories/learningGoals';
import type { Actor } from '../actor';
import { toGoal } from './goalView';

export async function listMyGoals(
  deps: { goals: LearningGoalRepository },
  actor: Actor,
): Promise<GoalList> {
  const goals = await deps.goals.listFor(actor.personId);
  return { items: goals.map(toGoal) };
}
