import type {
  CheckinPeopleRepository,
  CheckinPersonRecord,
} from '../../db/repositories/checkinPeople';
import type { CheckinSettingsRecord } from '../../db/repositories/checkinRhythms';
import type { CheckinRecord } from '../../db/repositories/checkins';
import type { Actor } from '../actor';
import { notFound } from '../errors';

/**
 * How the caller stands to a person's check-ins:
 * - self: the person; reads everything but others' private notes, adds talking points, notes, pulse
 * - manager: the direct manager; everything, including private notes of their own
 * - skip_level: a manager further up, when the organisation allows it; read-only, shared content
 * - holder: a former manager, for the check-ins they held; read-only
 * Admins have no standing of their own: they see aggregates, never content.
 */
export type Standing = 'self' | 'manager' | 'skip_level' | 'holder';

export async function standingTo(
  deps: { people: CheckinPeopleRepository; settings: CheckinSettingsRecord },
  actor: Actor,
  person: CheckinPersonRecord,
): Promise<Standing | null> {
  if (actor.personId === person.id) return 'self';
  if (person.managerId === actor.personId) return 'manager';
  if (!deps.settings.skipLevelRead) return null;
  const above = await deps.people.managersAbove(person.id);
  return above.includes(actor.personId) ? 'skip_level' : null;
}

export const canWrite = (standing: Standing | null) =>
  standing === 'self' || standing === 'manager';

/** The person behind an id, if the caller may see their check-ins; otherwise not found. */
export async function personInView(
  deps: { people: CheckinPeopleRepository; settings: CheckinSettingsRecord },
  actor: Actor,
  personId: string,
): Promise<{ person: CheckinPersonRecord; standing: Standing }> {
  const person = await deps.people.find(personId);
  const standing = person ? await standingTo(deps, actor, person) : null;
  if (!person || !standing) throw notFound('person');
  return { person, standing };
}

/** A check-in the caller may see, with their standing to it; otherwise not found. */
export async function checkinInView(
  deps: {
    checkins: { find(id: string): Promise<CheckinRecord | null> };
    people: CheckinPeopleRepository;
    settings: CheckinSettingsRecord;
  },
  actor: Actor,
  checkinId: string,
): Promise<{ checkin: CheckinRecord; person: CheckinPersonRecord; standing: Standing }> {
  const checkin = await deps.checkins.find(checkinId);
  if (!checkin) throw notFound('checkin');
  const person = await deps.people.find(checkin.person.id);
  if (!person) throw notFound('checkin');
  let standing = await standingTo(deps, actor, person);
  if (!standing && checkin.status === 'held' && checkin.manager.id === actor.personId) {
    standing = 'holder';
  }
  if (!standing) throw notFound('checkin');
  return { checkin, person, standing };
}
