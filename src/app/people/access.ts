import type { Actor } from '../actor';

/** Which layers of a person the actor may see beyond the card every colleague sees. */
export interface ProfileAccess {
  /** Support need, ways of learning, goals. */
  learning: boolean;
  /** E-mail, role, status, manager, dates, time zone, work pattern with hours. */
  account: boolean;
}

/**
 * The person and admins see everything. Managers see the learning profile of everyone below
 * them, directly or further down the chain (read-only: they cannot edit it). Everyone else
 * in the organisation sees the card.
 */
export function profileAccess(
  actor: Pick<Actor, 'personId' | 'role'>,
  personId: string,
  managerChain: readonly { id: string }[],
): ProfileAccess {
  if (actor.personId === personId || actor.role === 'admin') {
    return { learning: true, account: true };
  }
  const manages = managerChain.some((manager) => manager.id === actor.personId);
  return { learning: manages, account: false };
}
