import type { Actor } from '../actor';

/**
 * Who may do what with people's data, as small pure functions over data the use case already
 * loaded. Organisation boundaries are not checked here: repositories never return another
 * organisation's rows in the first place.
 */

/** Admins (the learning or HR role) create, edit, import, invite and deactivate people and teams. */
export const canManagePeople = (actor: Pick<Actor, 'role'>) => actor.role === 'admin';

/** Whether the actor is the person's direct manager. */
export const isManagerOf = (actor: Pick<Actor, 'personId'>, person: { managerId: string | null }) =>
  person.managerId === actor.personId;

/** Everyone edits their own profile; admins edit anyone's. */
export const canEditProfile = (actor: Pick<Actor, 'personId' | 'role'>, person: { id: string }) =>
  actor.personId === person.id || canManagePeople(actor);

/** A full profile (needs, goals, support) is for the person, their manager and admins. */
export const canReadFullProfile = (
  actor: Pick<Actor, 'personId' | 'role'>,
  person: { id: string; managerId: string | null },
) => canEditProfile(actor, person) || isManagerOf(actor, person);
