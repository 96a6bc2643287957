import type { SiteRepository } from '../../db/repositories/sites';
import type { Actor } from '../actor';
import { AppError, forbidden, notFound } from '../errors';

/**
 * A site people still go to cannot be deleted: their office days would lose their place.
 * They move to another site first (or the site is renamed instead).
 */
export async function deleteSite(
  deps: { sites: SiteRepository },
  actor: Actor,
  input: { id: string },
): Promise<void> {
  if (actor.role !== 'admin') throw forbidden();
  if (!(await deps.sites.find(input.id))) throw notFound('site');
  const people = await deps.sites.countPeopleUsing(input.id);
  if (people > 0) throw new AppError('site_in_use', { count: people });
  await deps.sites.delete(input.id);
}
