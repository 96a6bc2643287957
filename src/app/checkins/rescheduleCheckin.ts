import type { Checkin } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { callOffCheckinMeeting, meetForCheckin } from './checkinMeeting';
import type { CheckinPlanningDeps } from './deps';
import { getCheckin } from './getCheckin';
import { checkScheduledOn } from './planCheckin';
import { writableCheckin } from './writable';

/**
 * Moves a planned check-in to another day (the manager; the rhythm's due day stays). Its
 * meeting is called off and set up anew on that day, so both calendars follow.
 */
export async function rescheduleCheckin(
  deps: CheckinPlanningDeps,
  actor: Actor,
  input: { id: string; scheduledOn: string },
): Promise<Checkin> {
  const { checkin } = await writableCheckin(deps, actor, input.id, { managerOnly: true });
  const scheduledOn = checkScheduledOn('scheduledOn', input.scheduledOn, deps.today);
  await deps.checkins.reschedule(checkin.id, scheduledOn, deps.now);
  await callOffCheckinMeeting(deps, checkin);
  await meetForCheckin(deps, checkin.id);
  return getCheckin(deps, actor, { id: checkin.id });
}
