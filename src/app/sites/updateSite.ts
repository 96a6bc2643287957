import type { Site, SitePatch } from '../../contracts/sites';
import type { SiteRepository } from '../../db/repositories/sites';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { checkSite } from './checkSite';

export async function updateSite(
  deps: { sites: SiteRepository },
  actor: Actor,
  input: SitePatch & { id: string },
): Promise<Site> {
  if (actor.role !== 'admin') throw forbidden();
  const { id, ...changes } = input;
  const site = await deps.sites.find(id);
  if (!site) throw notFound('site');
  await deps.sites.update(id, await checkSite(deps, id, site, changes));
  const updated = await deps.sites.find(id);
  if (!updated) throw notFound('site');
  return updated;
}
