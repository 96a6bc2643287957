import type { SchedulingPerson } from '../../domain/scheduling/availability';
import { invalidField } from '../errors';
import type { MeetingDeps } from './deps';

/** The attendees with their work weeks, in the order given; all must be active people. */
export async function schedulingPeople(
  deps: Pick<MeetingDeps, 'people' | 'profiles'>,
  ids: readonly string[],
  field = 'attendeeIds',
) {
  const people = await deps.people.findMany(ids);
  if (people.length !== ids.length || people.some((person) => person.status !== 'active')) {
    throw invalidField(field, 'not_found');
  }
  const weeks = await deps.profiles.workDaysOf(ids);
  const scheduling: SchedulingPerson[] = people.map((person) => ({
    id: person.id,
    timeZone: person.timeZone,
    week: weeks.get(person.id) ?? [],
  }));
  return { people, scheduling };
}
