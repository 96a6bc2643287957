import type { Skill, SkillBody } from '../../contracts/skills';
import type { SkillRepository } from '../../db/repositories/skills';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { checkSkill } from './checkSkill';

export async function createSkill(
  deps: { skills: SkillRepository },
  actor: Actor,
  input: SkillBody,
): Promise<Skill> {
  if (actor.role !== 'admin') throw forbidden();
  const empty = { name: '', category: 'other' as const, synonyms: [], description: null };
  const id = await deps.skills.create(await checkSkill(deps, null, empty, input));
  const skill = await deps.skills.find(id);
  if (!skill) throw notFound('skill');
  return skill;
}
