import type { SkillPatch } from '../../contracts/skills';
import type { SkillFields, SkillRepository } from '../../db/repositories/skills';
import { AppError, type FieldError, invalid } from '../errors';
import { checkName, optionalText } from '../people/fieldChecks';

/**
 * A skill's new fields merged over its current ones. Names are unique regardless of case;
 * synonyms are trimmed, and one equal to the name or to an earlier synonym is dropped, since
 * it adds nothing to the search.
 */
export async function checkSkill(
  deps: { skills: SkillRepository },
  skillId: string | null,
  current: SkillFields,
  input: SkillPatch,
): Promise<SkillFields> {
  const problems: FieldError[] = [];
  const name = input.name === undefined ? current.name : checkName('name', input.name, problems);
  const seen = new Set([name.toLowerCase()]);
  const synonyms: string[] = [];
  for (const synonym of input.synonyms ?? current.synonyms) {
    const trimmed = synonym.trim().replace(/\s+/g, ' ');
    if (!trimmed || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    synonyms.push(trimmed);
  }
  if (problems.length > 0) throw invalid(problems);
  const holder = await deps.skills.idByName(name);
  if (holder && holder !== skillId) {
    throw new AppError('name_taken', { what: 'skill' }, [{ field: 'name', code: 'taken' }]);
  }
  return {
    name,
    category: input.category ?? current.category,
    synonyms,
    description:
      input.description === undefined ? current.description : optionalText(input.description),
  };
}
