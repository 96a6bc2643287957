import type { GoalEvent, GoalHistory } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { personInView } from './access';
import type { GoalDeps } from './editablePerson';

/** Who changed a goal and how, the newest first: for the person and whoever sees their goals. */
export async function getGoalHistory(
  deps: GoalDeps,
  actor: Actor,
  input: { personId: string; goalId: string },
): Promise<GoalHistory> {
  const { person } = await personInView(deps, actor, input.personId);
  if (!(await deps.goals.find(person.id, input.goalId))) throw notFound('goal');
  const events = await deps.goalEvents.listFor([input.goalId]);
  return {
    items: events.map(
      (event): GoalEvent => ({
        id: event.id,
        author: event.author,
        changes: event.changes,
        createdAt: event.createdAt.toISOString(),
      }),
    ),
  };
}
