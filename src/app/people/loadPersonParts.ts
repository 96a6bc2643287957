import type { PeopleRepository, PersonRecord } from '../../db/repositories/people';
import type {
  PersonSkillRecord,
  ProfileRepository,
  WorkDayRecord,
} from '../../db/repositories/profiles';

/** A person's row with their week and skills: everything the card and account views need. */
export interface PersonParts {
  record: PersonRecord;
  workDays: WorkDayRecord[];
  skills: PersonSkillRecord[];
}

/** The parts of these people, in the order asked, in three queries whatever the count. */
export async function loadPersonParts(
  deps: { people: PeopleRepository; profiles: ProfileRepository },
  ids: readonly string[],
): Promise<PersonParts[]> {
  const records = await deps.people.findMany(ids);
  const found = records.map((record) => record.id);
  const [workDays, skills] = await Promise.all([
    deps.profiles.workDaysOf(found),
    deps.profiles.skillsOf(found),
  ]);
  return records.map((record) => ({
    record,
    workDays: workDays.get(record.id) ?? [],
    skills: skills.get(record.id) ?? [],
  }));
}
