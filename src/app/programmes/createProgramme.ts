import type { Programme, ProgrammeBody } from '../../contracts/programmes';
import type { OrganisationRepository } from '../../db/repositories/organisations';
import type { ProgrammeRepository } from '../../db/repositories/programmes';
import type { RoundCohortRepository } from '../../db/repositories/roundCohort';
import type { SiteRepository } from '../../db/repositories/sites';
import { programmeTemplate } from '../../domain/programmes/templates';
import { type Actor, isAdmin } from '../actor';
import { forbidden, notFound } from '../errors';
import { checkProgramme } from './checkProgramme';
import { toProgramme } from './programmeView';

export interface ProgrammeDeps {
  programmes: ProgrammeRepository;
  cohort: RoundCohortRepository;
  sites: SiteRepository;
  organisation: OrganisationRepository;
  now: Date;
}

/** An admin starts a programme from its kind's template; what the body gives replaces it. */
export async function createProgramme(
  deps: ProgrammeDeps,
  actor: Actor,
  input: ProgrammeBody,
): Promise<Programme> {
  if (!isAdmin(actor)) throw forbidden();
  const { kind, ...settings } = input;
  const organisation = await deps.organisation.get();
  const fields = await checkProgramme(
    { ...deps, timeZone: organisation?.defaultTimeZone ?? 'Europe/Brussels' },
    kind,
    { ...programmeTemplate(kind), status: 'draft', nextRoundAt: null },
    settings,
  );
  const id = await deps.programmes.create(kind, fields, actor.personId);
  const created = await deps.programmes.find(id);
  if (!created) throw notFound('programme');
  return toProgramme(created);
}
