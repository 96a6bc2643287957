import type { Site, SiteBody } from '../../contracts/sites';
import type { OrganisationRepository } from '../../db/repositories/organisations';
import type { SiteRepository } from '../../db/repositories/sites';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { checkSite } from './checkSite';

/** A new site takes the organisation's time zone unless it says otherwise. */
export async function createSite(
  deps: { sites: SiteRepository; organisation: OrganisationRepository },
  actor: Actor,
  input: SiteBody,
): Promise<Site> {
  if (actor.role !== 'admin') throw forbidden();
  const organisation = await deps.organisation.get();
  const defaults = {
    name: '',
    city: null,
    timeZone: organisation?.defaultTimeZone ?? 'Europe/Brussels',
  };
  const id = await deps.sites.create(await checkSite(deps, null, defaults, input));
  const site = await deps.sites.find(id);
  if (!site) throw notFound('site');
  return site;
}
