import type { Checkin, PlanCheckinBody } from '../../contracts/checkins';
import { nextDueDate } from '../../domain/cadence/cadence';
import { isCalendarDay } from '../../domain/cadence/calendarDay';
import type { Actor } from '../actor';
import { AppError, forbidden, invalidField } from '../errors';
import { personInView } from './access';
import { meetForCheckin } from './checkinMeeting';
import type { CheckinPlanningDeps } from './deps';
import { getCheckin } from './getCheckin';
import { rhythmOf } from './rhythm';

/** A scheduled day must be a real one, today or later. */
export function checkScheduledOn(field: string, value: string, today: string): string {
  if (!isCalendarDay(value)) throw invalidField(field, 'date');
  if (value < today) throw invalidField(field, 'past_date');
  return value;
}

/**
 * Plans a person's next check-in: their manager does, or the person asks for one themselves.
 * Its due day follows the rhythm, so an admin can later see whether it kept it. Its meeting is
 * set up on the chosen day, and both get an invitation. Talking points left open by a called-off
 * check-in come along.
 */
export async function planCheckin(
  deps: CheckinPlanningDeps,
  actor: Actor,
  input: PlanCheckinBody & { personId: string },
): Promise<Checkin> {
  const { person, standing } = await personInView(deps, actor, input.personId);
  if (standing !== 'manager' && standing !== 'self') throw forbidden();
  if (!person.managerId) throw new AppError('conflict', { what: 'checkin' });
  const scheduledOn = checkScheduledOn('scheduledOn', input.scheduledOn, deps.today);
  if (await deps.checkins.plannedFor(person.id)) {
    throw new AppError('conflict', { what: 'checkin' });
  }
  const rhythm = await rhythmOf(deps, person);
  const summary = (await deps.checkins.summaries([person.id])).get(person.id);
  const dueOn = nextDueDate({
    plannedOn: null,
    lastHeldOn: summary?.lastHeldOn ?? null,
    startDate: person.startDate,
    weeks: rhythm.weeks,
    today: deps.today,
  });
  const id = await deps.checkins.create({
    personId: person.id,
    managerId: person.managerId,
    scheduledOn,
    dueOn,
    now: deps.now,
  });
  await deps.content.carryOverFromCancelled(person.id, id);
  await meetForCheckin(deps, id);
  return getCheckin(deps, actor, { id });
}
