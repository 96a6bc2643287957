import type { SkillRepository } from '../../db/repositories/skills';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';

/** Taking a skill out of the taxonomy also takes it off everyone's offers and wishes. */
export async function deleteSkill(
  deps: { skills: SkillRepository },
  actor: Actor,
  input: { id: string },
): Promise<void> {
  if (actor.role !== 'admin') throw forbidden();
  if (!(await deps.skills.delete(input.id))) throw notFound('skill');
}
