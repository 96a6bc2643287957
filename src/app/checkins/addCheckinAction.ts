import type { ActionBody, Checkin } from '../../contracts/checkins';
import { isCalendarDay } from '../../domain/cadence/calendarDay';
import type { Actor } from '../actor';
import { type FieldError, invalid } from '../errors';
import type { CheckinChangeDeps, CheckinDeps } from './deps';
import { getCheckin } from './getCheckin';
import { writableCheckin } from './writable';

/**
 * An action agreed in the check-in, owned by the person or their manager. It stays open across
 * check-ins until done; the owner is notified when someone else sets it for them.
 */
export async function addCheckinAction(
  deps: CheckinChangeDeps & Pick<CheckinDeps, 'notifications'>,
  actor: Actor,
  input: ActionBody & { checkinId: string },
): Promise<Checkin> {
  const { checkin, person } = await writableCheckin(deps, actor, input.checkinId);
  const problems: FieldError[] = [];
  const title = input.title.trim();
  if (!title) problems.push({ field: 'title', code: 'required' });
  // the manager who will hold it: the person's current one, after a reassignment too
  const participants = [person.id, person.managerId];
  if (!participants.includes(input.ownerId)) {
    problems.push({ field: 'ownerId', code: 'owner_not_participant' });
  }
  const dueOn = input.dueOn ?? null;
  if (dueOn && !isCalendarDay(dueOn)) problems.push({ field: 'dueOn', code: 'date' });
  if (problems.length > 0) throw invalid(problems);
  await deps.content.addAction({
    personId: checkin.person.id,
    checkinId: checkin.id,
    ownerId: input.ownerId,
    title,
    dueOn,
    createdBy: actor.personId,
    now: deps.now,
  });
  if (input.ownerId !== actor.personId) {
    await deps.notifications.add({
      personId: input.ownerId,
      kind: 'checkin_action_assigned',
      params: { name: actor.name, title },
      link: input.ownerId === checkin.person.id ? '/checkins' : `/checkins/${checkin.id}`,
      now: deps.now,
    });
  }
  return getCheckin(deps, actor, { id: checkin.id });
}
