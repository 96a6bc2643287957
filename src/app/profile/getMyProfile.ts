import type { MyProfile } from '../../contracts/profile';
import type { PeopleRepository } from '../../db/repositories/people';
import type { ProfileRepository } from '../../db/repositories/profiles';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { loadPersonParts } from '../people/loadPersonParts';
import { toMyProfile } from '../people/personView';

export async function getMyProfile(
  deps: { people: PeopleRepository; profiles: ProfileRepository },
  actor: Actor,
): Promise<MyProfile> {
  const [parts] = await loadPersonParts(deps, [actor.personId]);
  if (!parts) throw notFound('person');
  return toMyProfile(parts, await deps.profiles.learningProfile(actor.personId));
}
