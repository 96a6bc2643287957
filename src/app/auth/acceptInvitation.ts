import { setPasswordWithToken, type TokenPasswordDeps } from './setPasswordWithToken';
import type { SignedIn } from './signIn';
import { startSession } from './startSession';

/** Accepts a mailed invitation: the invitee chooses a password and is signed in. */
export async function acceptInvitation(
  deps: TokenPasswordDeps,
  input: { token: string; password: string },
): Promise<SignedIn> {
  const person = await setPasswordWithToken(deps, 'invitation', input);
  return { ...person, session: await startSession(deps, person) };
}
