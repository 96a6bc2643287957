import type { PersonProfile, UpdatePersonBody } from '../../contracts/people';
import type { LearningGoalRepository } from '../../db/repositories/learningGoals';
import type { PeopleRepository } from '../../db/repositories/people';
import type { ProfileRepository } from '../../db/repositories/profiles';
import type { SiteRepository } from '../../db/repositories/sites';
import type { TeamRepository } from '../../db/repositories/teams';
import type { Actor } from '../actor';
import { AppError, type FieldError, forbidden, invalid, notFound } from '../errors';
import type { MatchDeps } from '../matches/deps';
import { checkAdminFields } from './checkAdminFields';
import { checkPersonReferences } from './checkPersonReferences';
import { getPerson } from './getPerson';
import { personLeft } from './personLeft';

/**
 * An admin changes a person: the admin-only fields (role, team, manager, status, e-mail) and
 * any of the basic ones. Fields left out stay as they are.
 */
export async function updatePerson(
  deps: {
    people: PeopleRepository;
    profiles: ProfileRepository;
    goals: LearningGoalRepository;
    teams: TeamRepository;
    sites: SiteRepository;
    now: Date;
    pairings: MatchDeps;
  },
  actor: Actor,
  input: UpdatePersonBody & { id: string },
): Promise<PersonProfile> {
  if (actor.role !== 'admin') throw forbidden();
  const { id, ...changes } = input;
  const person = await deps.people.find(id);
  if (!person) throw notFound('person');
  const problems: FieldError[] = [];
  const fields = checkAdminFields(changes, problems);
  await checkPersonReferences(deps, id, changes, problems);
  if (problems.length > 0) throw invalid(problems);
  if (fields.email && fields.email !== person.email) {
    const holder = await deps.people.idByEmail(fields.email);
    if (holder && holder !== id) {
      throw new AppError('email_taken', {}, [{ field: 'email', code: 'taken' }]);
    }
  }
  const losesAdmin =
    person.role === 'admin' &&
    person.status === 'active' &&
    ((fields.role !== undefined && fields.role !== 'admin') || fields.status === 'inactive');
  if (losesAdmin && (await deps.people.countOtherActiveAdmins(id)) === 0) {
    throw new AppError('last_admin');
  }
  await deps.people.update(id, fields, deps.now);
  if (fields.status === 'inactive' && person.status === 'active') await personLeft(deps, id);
  return getPerson(deps, actor, { id });
}
