import type { TeamPatch } from '../../contracts/teams';
import type { PeopleRepository } from '../../db/repositories/people';
import type { TeamFields, TeamRepository } from '../../db/repositories/teams';
import { AppError, type FieldError, invalid } from '../errors';
import { checkName, optionalText } from '../people/fieldChecks';

/**
 * A team's new fields, merged over its current ones: a unique name, a parent and a manager of
 * the organisation, and no loop in the tree (a team cannot sit below itself).
 */
export async function checkTeam(
  deps: { teams: TeamRepository; people: PeopleRepository },
  teamId: string | null,
  current: TeamFields,
  input: TeamPatch,
): Promise<TeamFields> {
  const problems: FieldError[] = [];
  const fields: TeamFields = {
    name: input.name === undefined ? current.name : checkName('name', input.name, problems),
    department:
      input.department === undefined ? current.department : optionalText(input.department),
    parentId: input.parentId === undefined ? current.parentId : input.parentId,
    managerId: input.managerId === undefined ? current.managerId : input.managerId,
  };
  if (input.parentId && !(await deps.teams.find(input.parentId))) {
    problems.push({ field: 'parentId', code: 'not_found' });
  }
  if (input.managerId && !(await deps.people.find(input.managerId))) {
    problems.push({ field: 'managerId', code: 'not_found' });
  }
  if (problems.length > 0) throw invalid(problems);

  const holder = await deps.teams.idByName(fields.name);
  if (holder && holder !== teamId) {
    throw new AppError('name_taken', { what: 'team' }, [{ field: 'name', code: 'taken' }]);
  }
  if (teamId && input.parentId) {
    const above = await deps.teams.ancestors(input.parentId);
    if (input.parentId === teamId || above.some((team) => team.id === teamId)) {
      throw new AppError('team_cycle', {}, [{ field: 'parentId', code: 'team_cycle' }]);
    }
  }
  return fields;
}
