import type { Skill, SkillPatch } from '../../contracts/skills';
import type { SkillRepository } from '../../db/repositories/skills';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { checkSkill } from './checkSkill';

export async function updateSkill(
  deps: { skills: SkillRepository },
  actor: Actor,
  input: SkillPatch & { id: string },
): Promise<Skill> {
  if (actor.role !== 'admin') throw forbidden();
  const { id, ...changes } = input;
  const skill = await deps.skills.find(id);
  if (!skill) throw notFound('skill');
  await deps.skills.update(id, await checkSkill(deps, id, skill, changes));
  const updated = await deps.skills.find(id);
  if (!updated) throw notFound('skill');
  return updated;
}
