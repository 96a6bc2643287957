import type { PeopleRepository } from '../../db/repositories/people';
import type { Actor } from '../actor';
import { AppError, forbidden, notFound } from '../errors';
import type { MatchDeps } from '../matches/deps';
import { personLeft } from './personLeft';

/**
 * Removing a person keeps their history (matches, answers, notes of others) but ends their
 * access: they are marked inactive, signed out, and left out of the directory; their open
 * pairings end and their partners are offered someone else. An admin can
 * reactivate them with `PATCH … {"status": "active"}`.
 */
export async function deactivatePerson(
  deps: { people: PeopleRepository; now: Date; pairings: MatchDeps },
  actor: Actor,
  input: { id: string },
): Promise<void> {
  if (actor.role !== 'admin') throw forbidden();
  const person = await deps.people.find(input.id);
  if (!person) throw notFound('person');
  if (person.status === 'inactive') return;
  if (person.role === 'admin' && (await deps.people.countOtherActiveAdmins(person.id)) === 0) {
    throw new AppError('last_admin');
  }
  await deps.people.update(person.id, { status: 'inactive' }, deps.now);
  await personLeft(deps, person.id);
}
