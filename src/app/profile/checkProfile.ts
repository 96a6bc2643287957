import type { MyProfileBody } from '../../contracts/profile';
import type { PersonalFields } from '../../db/repositories/profiles';
import type { SiteRepository } from '../../db/repositories/sites';
import type { SkillRepository } from '../../db/repositories/skills';
import { duplicateIndexes } from '../../domain/people/duplicates';
import { checkWorkPattern, type WorkDay } from '../../domain/people/workPattern';
import type { FieldError } from '../errors';
import { checkLanguages, checkName, checkTimeZone, optionalText } from '../people/fieldChecks';

export interface CheckedProfile {
  personal: PersonalFields;
  workDays: WorkDay[];
}

/**
 * Everything about a submitted profile that the schema cannot see, each problem with its field
 * path (`workPattern.2.endTime`, `skillsOffered.1.skillId`): sites and skills must be of the
 * organisation, nothing listed twice, working hours that make sense, a known time zone.
 */
export async function checkProfile(
  deps: { sites: SiteRepository; skills: SkillRepository },
  input: MyProfileBody,
  problems: FieldError[],
): Promise<CheckedProfile> {
  const personal: PersonalFields = {
    name: checkName('name', input.name, problems),
    jobTitle: optionalText(input.jobTitle),
    languages: checkLanguages('languages', input.languages, problems),
    timeZone: checkTimeZone('timeZone', input.timeZone, problems),
    locale: input.locale,
    startDate: input.startDate,
    seniority: input.seniority,
  };

  const pattern = checkWorkPattern(input.workPattern);
  for (const problem of pattern.problems) {
    problems.push({
      field: problem.path ? `workPattern.${problem.path}` : 'workPattern',
      code: problem.code,
    });
  }
  const siteIds = input.workPattern.flatMap((day) => (day.siteId ? [day.siteId] : []));
  const knownSites = await deps.sites.existingIds(siteIds);
  input.workPattern.forEach((day, index) => {
    if (day.siteId && !knownSites.has(day.siteId)) {
      problems.push({ field: `workPattern.${index}.siteId`, code: 'not_found' });
    }
  });

  const knownSkills = await deps.skills.existingIds([
    ...input.skillsOffered.map((skill) => skill.skillId),
    ...input.skillsWanted.map((skill) => skill.skillId),
  ]);
  for (const list of ['skillsOffered', 'skillsWanted'] as const) {
    const skills: readonly { skillId: string }[] = input[list];
    skills.forEach((skill, index) => {
      if (!knownSkills.has(skill.skillId)) {
        problems.push({ field: `${list}.${index}.skillId`, code: 'not_found' });
      }
    });
    for (const index of duplicateIndexes(skills, (skill) => skill.skillId)) {
      problems.push({ field: `${list}.${index}.skillId`, code: 'duplicate' });
    }
  }
  for (const index of duplicateIndexes(input.learningWays, (way) => way)) {
    problems.push({ field: `learningWays.${index}`, code: 'duplicate' });
  }
  return { personal, workDays: pattern.days };
}
