import type { Rhythm, RhythmRequestBody } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import type { CheckinDeps } from './deps';
import { proposeRhythmChange } from './proposeRhythmChange';
import { rhythmOf } from './rhythm';

/** "Request more / less often": a proposal to the manager, who is notified and decides. */
export async function requestRhythmChange(
  deps: Pick<CheckinDeps, 'people' | 'rhythms' | 'notifications' | 'settings' | 'now' | 'today'>,
  actor: Actor,
  input: RhythmRequestBody,
): Promise<Rhythm> {
  const person = await deps.people.find(actor.personId);
  if (!person) throw notFound('person');
  await proposeRhythmChange(deps, person, input.direction, 'request');
  return rhythmOf(deps, person);
}
