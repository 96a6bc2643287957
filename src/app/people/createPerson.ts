import type { CreatePersonBody, PersonProfile } from '../../contracts/people';
import type { LearningGoalRepository } from '../../db/repositories/learningGoals';
import type { OrganisationRepository } from '../../db/repositories/organisations';
import type { PeopleRepository } from '../../db/repositories/people';
import type { ProfileRepository } from '../../db/repositories/profiles';
import type { SiteRepository } from '../../db/repositories/sites';
import type { TeamRepository } from '../../db/repositories/teams';
import type { Actor } from '../actor';
import { AppError, type FieldError, forbidden, invalid } from '../errors';
import { checkAdminFields } from './checkAdminFields';
import { checkPersonReferences } from './checkPersonReferences';
import { getPerson } from './getPerson';

/**
 * An admin adds a person. Language and time zone default to the organisation's; the person
 * signs in once invited.
 */
export async function createPerson(
  deps: {
    people: PeopleRepository;
    profiles: ProfileRepository;
    goals: LearningGoalRepository;
    teams: TeamRepository;
    sites: SiteRepository;
    organisation: OrganisationRepository;
    now: Date;
  },
  actor: Actor,
  input: CreatePersonBody,
): Promise<PersonProfile> {
  if (actor.role !== 'admin') throw forbidden();
  const problems: FieldError[] = [];
  const fields = checkAdminFields(input, problems);
  await checkPersonReferences(deps, null, input, problems);
  if (problems.length > 0) throw invalid(problems);
  if (await deps.people.idByEmail(fields.email!)) {
    throw new AppError('email_taken', {}, [{ field: 'email', code: 'taken' }]);
  }
  const organisation = await deps.organisation.get();
  const id = await deps.people.create(
    {
      name: fields.name!,
      email: fields.email!,
      role: fields.role ?? 'employee',
      status: 'active',
      jobTitle: fields.jobTitle ?? null,
      teamId: fields.teamId ?? null,
      managerId: fields.managerId ?? null,
      siteId: fields.siteId ?? null,
      startDate: fields.startDate ?? null,
      seniority: fields.seniority ?? null,
      languages: fields.languages ?? [],
      timeZone: fields.timeZone ?? organisation?.defaultTimeZone ?? 'Europe/Brussels',
      locale: fields.locale ?? organisation?.defaultLocale ?? 'en',
    },
    deps.now,
  );
  return getPerson(deps, actor, { id });
}
