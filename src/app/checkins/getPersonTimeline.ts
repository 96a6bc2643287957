import type { PersonTimeline } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { toGoal } from '../profile/goalView';
import { personInView } from './access';
import type { CheckinDeps, CheckinViewDeps } from './deps';
import { rhythmOf } from './rhythm';
import { toAction, toSignal, toSummary } from './views';

/**
 * One report's history for their manager (or a manager further up, read-only): every check-in,
 * whoever held it, goals, actions and raised hands. A new manager sees the shared history of
 * check-ins their predecessor held; private notes never travel (they are not part of this).
 */
export async function getPersonTimeline(
  deps: CheckinViewDeps & Pick<CheckinDeps, 'signals'>,
  actor: Actor,
  input: { personId: string },
): Promise<PersonTimeline> {
  const { person, standing } = await personInView(deps, actor, input.personId);
  if (standing === 'self') throw forbidden();
  const [checkins, goals, actions, signals, rhythm] = await Promise.all([
    deps.checkins.listFor(person.id),
    deps.goals.listFor(person.id),
    deps.content.actionsFor(person.id, null),
    deps.signals.listFor([person.id]),
    rhythmOf(deps, person),
  ]);
  const ref = { id: person.id, name: person.name };
  return {
    person: ref,
    readOnly: standing !== 'manager',
    rhythm,
    checkins: checkins.map(toSummary),
    goals: goals.map(toGoal),
    actions: actions.map((action) => toAction(action, ref)),
    signals: signals.map(toSignal),
  };
}
