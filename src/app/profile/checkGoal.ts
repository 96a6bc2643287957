import type { GoalPatch } from '../../contracts/goals';
import type { GoalFields } from '../../db/repositories/learningGoals';
import type { SkillRepository } from '../../db/repositories/skills';
import type { FieldError } from '../errors';
import { checkName, optionalText } from '../people/fieldChecks';

/** A goal's fields as they will be stored; the skill must be one of the organisation's. */
export async function checkGoal(
  deps: { skills: SkillRepository },
  input: GoalPatch,
  problems: FieldError[],
): Promise<Partial<GoalFields>> {
  const fields: Partial<GoalFields> = {
    skillId: input.skillId,
    targetDate: input.targetDate,
    status: input.status,
    progress: input.progress,
  };
  if (input.title !== undefined) fields.title = checkName('title', input.title, problems);
  if (input.why !== undefined) fields.why = optionalText(input.why);
  if (input.skillId && (await deps.skills.existingIds([input.skillId])).size === 0) {
    problems.push({ field: 'skillId', code: 'not_found' });
  }
  return fields;
}
