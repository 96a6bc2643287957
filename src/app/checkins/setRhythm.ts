import type { Rhythm, RhythmBody } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { forbidden, invalidField } from '../errors';
import { personInView } from './access';
import type { CheckinDeps } from './deps';
import { rhythmOf } from './rhythm';

/**
 * The direct manager sets a person's own rhythm, with a reason both of them see, or (weeks
 * null) goes back to the default. An open wish to change the rhythm is answered by it.
 */
export async function setRhythm(
  deps: Pick<CheckinDeps, 'people' | 'rhythms' | 'notifications' | 'settings' | 'now' | 'today'>,
  actor: Actor,
  input: RhythmBody & { personId: string },
): Promise<Rhythm> {
  const { person, standing } = await personInView(deps, actor, input.personId);
  if (standing !== 'manager') throw forbidden();
  const reason = input.reason?.trim() ?? '';
  if (input.weeks !== null && !reason) throw invalidField('reason', 'reason_required');
  await deps.rhythms.setOverride(
    person.id,
    input.weeks === null ? null : { weeks: input.weeks, reason },
    actor.personId,
    deps.now,
  );
  await deps.rhythms.closeRequests(person.id, 'accepted', deps.now);
  await deps.notifications.add({
    personId: person.id,
    kind: 'rhythm_changed',
    params: { name: actor.name },
    link: '/checkins',
    now: deps.now,
  });
  return rhythmOf(deps, person);
}
