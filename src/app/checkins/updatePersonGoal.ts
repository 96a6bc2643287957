import type { GoalEvent, GoalHistory } from '../../contracts/checkins';
import type { Goal, GoalBody, GoalPatch } from '../../contracts/goals';
import type { Actor } from '../actor';
import { type FieldError, forbidden, invalid, notFound } from '../errors';
import { checkGoal } from '../profile/checkGoal';
import { toGoal } from '../profile/goalView';
import { personInView } from './access';
import type { CheckinDeps } from './deps';

type Deps = Pick<CheckinDeps, 'goals' | 'goalEvents' | 'skills' | 'people' | 'settings' | 'now'>;

/** The person and their direct manager both edit the person's goals; others only read. */
async function editablePerson(deps: Deps, actor: Actor, personId: string) {
  const { person, standing } = await personInView(deps, actor, personId);
  if (standing !== 'self' && standing !== 'manager') throw forbidden();
  return person;
}

/** A manager adds a goal for a report (the report adds theirs on their profile too). */
export async function createPersonGoal(
  deps: Deps,
  actor: Actor,
  input: GoalBody & { personId: string },
): Promise<Goal> {
  const { personId, ...body } = input;
  const person = await editablePerson(deps, actor, personId);
  const problems: FieldError[] = [];
  const fields = await checkGoal(deps, body, problems);
  if (problems.length > 0) throw invalid(problems);
  const id = await deps.goals.create(
    person.id,
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
  await deps.goalEvents.add(id, actor.personId, { created: true, ...body }, deps.now);
  const goal = await deps.goals.find(person.id, id);
  if (!goal) throw notFound('goal');
  return toGoal(goal);
}

/** Changes a goal and keeps the change in its history, with who made it. */
export async function updatePersonGoal(
  deps: Deps,
  actor: Actor,
  input: GoalPatch & { personId: string; goalId: string },
): Promise<Goal> {
  const { personId, goalId, ...changes } = input;
  const person = await editablePerson(deps, actor, personId);
  if (!(await deps.goals.find(person.id, goalId))) throw notFound('goal');
  const problems: FieldError[] = [];
  const fields = await checkGoal(deps, changes, problems);
  if (problems.length > 0) throw invalid(problems);
  await deps.goals.update(person.id, goalId, fields, deps.now);
  await deps.goalEvents.add(goalId, actor.personId, changes, deps.now);
  const goal = await deps.goals.find(person.id, goalId);
  if (!goal) throw notFound('goal');
  return toGoal(goal);
}

/** Who changed a goal and how, the newest first: for the person and whoever sees their goals. */
export async function getGoalHistory(
  deps: Deps,
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
