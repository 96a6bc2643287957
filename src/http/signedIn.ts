import type { FastifyReply } from 'fastify';
import { getMe } from '../app/auth/getMe';
import type { SignedIn } from '../app/auth/signIn';
import type { SignedInResponse } from '../contracts/auth';
import { AccountRepository } from '../db/repositories/accounts';
import type { App } from './server';
import { setSessionCookies } from './sessionCookies';

/** Finishes every way of signing in alike: the session cookies, and who is now signed in. */
export async function respondSignedIn(
  app: App,
  reply: FastifyReply,
  signedIn: SignedIn,
): Promise<SignedInResponse> {
  setSessionCookies(reply, app.deps.config, signedIn.session);
  const me = await getMe(
    { accounts: new AccountRepository(app.deps.db, signedIn.organisationId) },
    signedIn,
  );
  const { csrfToken } = signedIn.session;
  return { person: { ...me, csrfToken }, csrfToken };
}
