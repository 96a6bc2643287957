import type { PersonProfile } from '../../contracts/people';
import type { LearningGoalRepository } from '../../db/repositories/learningGoals';
import type { PeopleRepository } from '../../db/repositories/people';
import type { ProfileRepository } from '../../db/repositories/profiles';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { profileAccess } from './access';
import { loadPersonParts } from './loadPersonParts';
import { toPersonProfile } from './personView';

/**
 * A person's page. Every colleague sees the card; the person, their managers up the chain and
 * admins also see the learning profile; the person and admins see the account. Inactive
 * people are only found by admins.
 */
export async function getPerson(
  deps: { people: PeopleRepository; profiles: ProfileRepository; goals: LearningGoalRepository },
  actor: Actor,
  input: { id: string },
): Promise<PersonProfile> {
  const [parts] = await loadPersonParts(deps, [input.id]);
  if (!parts) throw notFound('person');
  if (parts.record.status !== 'active' && actor.role !== 'admin') throw notFound('person');
  const selfOrAdmin = actor.personId === input.id || actor.role === 'admin';
  const chain = selfOrAdmin ? [] : await deps.people.managerChain(input.id);
  const access = profileAccess(actor, input.id, chain);
  const learning = access.learning
    ? {
        profile: await deps.profiles.learningProfile(input.id),
        goals: await deps.goals.listFor(input.id),
      }
    : null;
  return toPersonProfile(parts, access, learning);
}
