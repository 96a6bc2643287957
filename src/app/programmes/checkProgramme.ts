import type { ProgrammePatch } from '../../contracts/programmes';
import type { ProgrammeFields } from '../../db/repositories/programmes';
import type { RoundCohortRepository } from '../../db/repositories/roundCohort';
import type { SiteRepository } from '../../db/repositories/sites';
import type { ProgrammeKind, ProgrammeStatus } from '../../domain/programmes/kinds';
import { nextRoundAt } from '../../domain/programmes/schedule';
import { checkProgrammeSettings } from '../../domain/programmes/settings';
import type { ProgrammeSettings } from '../../domain/programmes/templates';
import { type FieldError, invalid } from '../errors';

/**
 * A programme's new settings merged over its current ones (or its kind's template), checked
 * field by field, with the teams and sites of its audience found in the organisation. The next
 * scheduled round is worked out again when the schedule or the status changes.
 */
export async function checkProgramme(
  deps: { cohort: RoundCohortRepository; sites: SiteRepository; now: Date; timeZone: string },
  kind: ProgrammeKind,
  current: ProgrammeSettings & { status: ProgrammeStatus; nextRoundAt: Date | null },
  input: ProgrammePatch,
): Promise<ProgrammeFields> {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const merged = { ...current, ...defined } as ProgrammeFields;
  merged.name = { nl: merged.name.nl.trim(), en: merged.name.en.trim() };
  merged.description = { nl: merged.description.nl.trim(), en: merged.description.en.trim() };
  const problems: FieldError[] = checkProgrammeSettings(kind, merged);
  const { teamIds = [], siteIds = [] } = merged.audience;
  if (teamIds.length > 0) {
    const teams = await deps.cohort.teamParents();
    if (teamIds.some((id) => !teams.has(id)))
      problems.push({ field: 'audience.teamIds', code: 'not_found' });
  }
  if (siteIds.length > 0) {
    const known = await deps.sites.existingIds(siteIds);
    if (siteIds.some((id) => !known.has(id)))
      problems.push({ field: 'audience.siteIds', code: 'not_found' });
  }
  if (problems.length > 0) throw invalid(problems);
  const scheduleChanged =
    JSON.stringify(merged.schedule) !== JSON.stringify(current.schedule) ||
    merged.status !== current.status ||
    current.nextRoundAt === null;
  merged.nextRoundAt =
    merged.status !== 'active' || !merged.schedule
      ? null
      : scheduleChanged
        ? nextRoundAt(merged.schedule, deps.timeZone, deps.now)
        : current.nextRoundAt;
  return merged;
}
