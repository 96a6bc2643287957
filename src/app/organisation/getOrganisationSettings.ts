import type { OrganisationSettings } from '../../contracts/organisation';
import type { OrganisationRepository } from '../../db/repositories/organisations';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';

export async function getOrganisationSettings(
  deps: { organisation: OrganisationRepository },
  actor: Actor,
): Promise<OrganisationSettings> {
  if (actor.role !== 'admin') throw forbidden();
  const settings = await deps.organisation.get();
  if (!settings) throw notFound('organisation');
  return settings;
}
