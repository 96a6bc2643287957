import type { CheckinAction } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { standingTo } from './access';
import type { CheckinDeps } from './deps';
import { toAction } from './views';

/** Marks an action done or open again: its owner, the person or their manager. */
export async function updateCheckinAction(
  deps: Pick<CheckinDeps, 'content' | 'people' | 'settings' | 'today'>,
  actor: Actor,
  input: { id: string; done: boolean },
): Promise<CheckinAction> {
  const action = await deps.content.findAction(input.id);
  const person = action ? await deps.people.find(action.personId) : null;
  if (!action || !person) throw notFound('action');
  const standing = await standingTo(deps, actor, person);
  const allowed =
    standing === 'self' || standing === 'manager' || action.owner.id === actor.personId;
  if (!allowed) throw standing ? forbidden() : notFound('action');
  await deps.content.setActionDone(action.id, input.done ? deps.today : null);
  const updated = await deps.content.findAction(action.id);
  if (!updated) throw notFound('action');
  return toAction(updated, { id: person.id, name: person.name });
}
