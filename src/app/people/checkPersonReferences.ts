import type { PeopleRepository } from '../../db/repositories/people';
import type { SiteRepository } from '../../db/repositories/sites';
import type { TeamRepository } from '../../db/repositories/teams';
import { AppError, type FieldError } from '../errors';

/**
 * The team, site and manager an admin puts a person in must be of the organisation (another
 * organisation's ids look the same as unknown ones), and a new manager must not be someone the
 * person already manages, directly or further down.
 */
export async function checkPersonReferences(
  deps: { people: PeopleRepository; teams: TeamRepository; sites: SiteRepository },
  personId: string | null,
  input: { teamId?: string | null; managerId?: string | null; siteId?: string | null },
  problems: FieldError[],
): Promise<void> {
  if (input.teamId && !(await deps.teams.find(input.teamId))) {
    problems.push({ field: 'teamId', code: 'not_found' });
  }
  if (input.siteId && (await deps.sites.existingIds([input.siteId])).size === 0) {
    problems.push({ field: 'siteId', code: 'not_found' });
  }
  if (!input.managerId) return;
  const manager = await deps.people.find(input.managerId);
  if (!manager) {
    problems.push({ field: 'managerId', code: 'not_found' });
    return;
  }
  if (personId === null) return;
  const above = await deps.people.managerChain(manager.id);
  if (manager.id === personId || above.some((ref) => ref.id === personId)) {
    throw new AppError('manager_cycle', { name: manager.name }, [
      { field: 'managerId', code: 'manager_cycle' },
    ]);
  }
}
