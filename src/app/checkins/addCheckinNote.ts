import type { Checkin, NoteBody } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { forbidden, invalidField } from '../errors';
import type { CheckinChangeDeps } from './deps';
import { getCheckin } from './getCheckin';
import { writableCheckin } from './writable';

/** Shared notes from either side; private notes from the manager, read by nobody but them. */
export async function addCheckinNote(
  deps: CheckinChangeDeps,
  actor: Actor,
  input: NoteBody & { checkinId: string },
): Promise<Checkin> {
  const { checkin, standing } = await writableCheckin(deps, actor, input.checkinId);
  if (input.visibility === 'private' && standing !== 'manager') throw forbidden();
  const body = input.body.trim();
  if (!body) throw invalidField('body', 'required');
  await deps.content.addNote({
    checkinId: checkin.id,
    authorId: actor.personId,
    visibility: input.visibility,
    body,
    now: deps.now,
  });
  return getCheckin(deps, actor, { id: checkin.id });
}
