import type { SiteList } from '../../contracts/sites';
import type { SiteRepository } from '../../db/repositories/sites';
import type { Actor } from '../actor';

/** Every signed-in person sees the sites: they pick theirs in the work week. */
export async function listSites(deps: { sites: SiteRepository }, _actor: Actor): Promise<SiteList> {
  return { items: await deps.sites.list() };
}
