import type { MyCheckins } from '../../contracts/checkins';
import { isOverdue, nextDueDate } from '../../domain/cadence/cadence';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { toGoal } from '../profile/goalView';
import type { CheckinDeps, CheckinViewDeps } from './deps';
import { getCheckin } from './getCheckin';
import { rhythmOf } from './rhythm';
import { toAction, toSignal, toSummary } from './views';

/**
 * The employee's view: the next check-in and its agenda, past ones, goals, open actions (theirs
 * and the ones their manager owns for them), raised hands and the rhythm with its reason.
 */
export async function getMyCheckins(
  deps: CheckinViewDeps & Pick<CheckinDeps, 'signals'>,
  actor: Actor,
): Promise<MyCheckins> {
  const person = await deps.people.find(actor.personId);
  if (!person) throw notFound('person');
  const [all, goals, actions, signals, rhythm, manager] = await Promise.all([
    deps.checkins.listFor(person.id),
    deps.goals.listFor(person.id),
    deps.content.actionsFor(person.id, null),
    deps.signals.listFor([person.id]),
    rhythmOf(deps, person),
    person.managerId ? deps.people.find(person.managerId) : null,
  ]);
  const planned = all.find((checkin) => checkin.status === 'planned') ?? null;
  const lastHeld = all.find((checkin) => checkin.status === 'held') ?? null;
  const nextDueOn = nextDueDate({
    plannedOn: planned?.scheduledOn ?? null,
    lastHeldOn: lastHeld?.heldOn ?? null,
    startDate: person.startDate,
    weeks: rhythm.weeks,
    today: deps.today,
  });
  const ref = { id: person.id, name: person.name };
  return {
    rhythm,
    manager: manager ? { id: manager.id, name: manager.name } : null,
    next: planned ? await getCheckin(deps, actor, { id: planned.id }) : null,
    nextDueOn,
    overdue: isOverdue(nextDueOn, deps.today),
    past: all.filter((checkin) => checkin.status !== 'planned').map(toSummary),
    goals: goals.map(toGoal),
    actions: actions.map((action) => toAction(action, ref)),
    signals: signals.map(toSignal),
  };
}
