import type { Rhythm, RhythmRequestBody } from '../../contracts/checkins';
import { proposeCadence } from '../../domain/cadence/cadence';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import type { CheckinDeps } from './deps';
import { rhythmOf } from './rhythm';

/** "Request more / less often": a proposal to the manager, who is notified and decides. */
export async function requestRhythmChange(
  deps: Pick<CheckinDeps, 'people' | 'rhythms' | 'notifications' | 'settings' | 'now' | 'today'>,
  actor: Actor,
  input: RhythmRequestBody,
): Promise<Rhythm> {
  const person = await deps.people.find(actor.personId);
  if (!person) throw notFound('person');
  const current = await rhythmOf(deps, person);
  await deps.rhythms.request(
    {
      personId: person.id,
      direction: input.direction,
      currentWeeks: current.weeks,
      proposedWeeks: proposeCadence(current.weeks, input.direction),
      source: 'request',
    },
    deps.now,
  );
  if (person.managerId) {
    await deps.notifications.add({
      personId: person.managerId,
      kind: `rhythm_request_${input.direction}`,
      params: { name: person.name },
      link: '/team',
      now: deps.now,
    });
  }
  return rhythmOf(deps, person);
}
