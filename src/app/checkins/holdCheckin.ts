import type { Checkin } from '../../contracts/checkins';
import { addDays } from '../../domain/cadence/calendarDay';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { meetForCheckin } from './checkinMeeting';
import type { CheckinPlanningDeps } from './deps';
import { getCheckin } from './getCheckin';
import { rhythmOf } from './rhythm';
import { writableCheckin } from './writable';

/**
 * The manager closes a check-in as held today. The next one is planned one rhythm later at
 * once, and every talking point not discussed moves onto it; open actions stay open and show
 * there too. The next check-in's meeting is set up on its day, as in planCheckin.
 */
export async function holdCheckin(
  deps: CheckinPlanningDeps,
  actor: Actor,
  input: { id: string },
): Promise<{ held: Checkin; nextId: string }> {
  const { checkin } = await writableCheckin(deps, actor, input.id, { managerOnly: true });
  const person = await deps.people.find(checkin.person.id);
  if (!person) throw notFound('checkin');
  await deps.checkins.markHeld(checkin.id, actor.personId, deps.today, deps.now);
  const rhythm = await rhythmOf(deps, person);
  const nextOn = addDays(deps.today, rhythm.weeks * 7);
  const nextId = await deps.checkins.create({
    personId: person.id,
    managerId: actor.personId,
    scheduledOn: nextOn,
    dueOn: nextOn,
    now: deps.now,
  });
  await deps.content.carryOverAgenda(checkin.id, nextId);
  await meetForCheckin(deps, nextId);
  return { held: await getCheckin(deps, actor, { id: checkin.id }), nextId };
}
