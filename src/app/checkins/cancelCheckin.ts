import type { Checkin } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { callOffCheckinMeeting } from './checkinMeeting';
import type { CheckinDeps, CheckinPlanningDeps } from './deps';
import { getCheckin } from './getCheckin';
import { writableCheckin } from './writable';

/**
 * The manager calls off a planned check-in (a held one is closed: 409 checkin_closed). Its
 * meeting leaves both calendars and the person hears of it in the app. Nothing said for it is
 * lost: talking points not discussed move onto the next check-in when one is planned
 * (planCheckin), and open actions belong to the person's check-ins as a whole anyway.
 */
export async function cancelCheckin(
  deps: CheckinPlanningDeps & Pick<CheckinDeps, 'notifications'>,
  actor: Actor,
  input: { id: string },
): Promise<Checkin> {
  const { checkin } = await writableCheckin(deps, actor, input.id, { managerOnly: true });
  await deps.checkins.markCancelled(checkin.id, deps.now);
  await callOffCheckinMeeting(deps, checkin);
  await deps.notifications.add({
    personId: checkin.person.id,
    kind: 'checkin_cancelled',
    params: { name: actor.name, date: checkin.scheduledOn },
    link: '/checkins',
    now: deps.now,
  });
  return getCheckin(deps, actor, { id: checkin.id });
}
