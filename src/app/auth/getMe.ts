import type { AccountProfile, AccountRepository } from '../../db/repositories/accounts';
import type { Actor } from '../actor';
import { unauthenticated } from '../errors';

export type Me = Omit<AccountProfile, 'status'>;

/** The signed-in person with their organisation. */
export async function getMe(
  deps: { accounts: AccountRepository },
  actor: Pick<Actor, 'personId'>,
): Promise<Me> {
  const profile = await deps.accounts.find(actor.personId);
  // Removed or deactivated since the session began: the session no longer stands for anyone.
  if (profile?.status !== 'active') throw unauthenticated();
  const { status: _status, ...me } = profile;
  return me;
}
