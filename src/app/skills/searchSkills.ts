import type { SkillList, SkillQuery } from '../../contracts/skills';
import type { SkillRepository } from '../../db/repositories/skills';
import type { Actor } from '../actor';

/** Autocomplete for skills, over names and synonyms; every signed-in person may use it. */
export async function searchSkills(
  deps: { skills: SkillRepository },
  _actor: Actor,
  input: SkillQuery,
): Promise<SkillList> {
  const words = input.q?.trim().replace(/\s+/g, ' ') || null;
  const items = await deps.skills.search({
    words,
    category: input.category ?? null,
    limit: input.limit,
  });
  return { items };
}
