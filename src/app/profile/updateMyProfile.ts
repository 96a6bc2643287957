import type { MyProfile, MyProfileBody } from '../../contracts/profile';
import type { PeopleRepository } from '../../db/repositories/people';
import type { ProfileRepository } from '../../db/repositories/profiles';
import type { SiteRepository } from '../../db/repositories/sites';
import type { SkillRepository } from '../../db/repositories/skills';
import type { Actor } from '../actor';
import { type FieldError, invalid } from '../errors';
import { checkProfile } from './checkProfile';
import { getMyProfile } from './getMyProfile';

/**
 * The signed-in person replaces their whole profile at once: basic fields, work week, skills
 * offered and wanted, support need and ways of learning. Every problem is reported together,
 * and with any problem nothing is written. Role, team, manager and e-mail are not part of it:
 * those are an admin's.
 */
export async function updateMyProfile(
  deps: {
    people: PeopleRepository;
    profiles: ProfileRepository;
    sites: SiteRepository;
    skills: SkillRepository;
    now: Date;
  },
  actor: Actor,
  input: MyProfileBody,
): Promise<MyProfile> {
  const problems: FieldError[] = [];
  const checked = await checkProfile(deps, input, problems);
  if (problems.length > 0) throw invalid(problems);
  const id = actor.personId;
  await deps.profiles.updatePersonal(id, checked.personal, deps.now);
  await deps.profiles.replaceWorkDays(id, checked.workDays);
  await deps.profiles.replaceSkills(id, input.skillsOffered, input.skillsWanted);
  await deps.profiles.saveLearningProfile(
    id,
    { supportNeed: input.supportNeed, learningWays: input.learningWays },
    deps.now,
  );
  return getMyProfile(deps, actor);
}
