import type { AccountRepository } from '../../db/repositories/accounts';
import type { AuthTokenPurpose, AuthTokenRepository } from '../../db/repositories/authTokens';
import type { SessionRepository } from '../../db/repositories/sessions';
import { AppError } from '../errors';
import { checkNewPassword, hashPassword } from './password';
import { hashToken } from './secrets';

export interface TokenPasswordDeps {
  accountsOf: (organisationId: string) => AccountRepository;
  tokens: AuthTokenRepository;
  sessions: SessionRepository;
  now: Date;
}

/**
 * What password reset and accepting an invitation share: redeem the mailed token, set the
 * password, end the person's sessions and revoke their other links. Whoever follows a link
 * is not signed in, so the organisation comes from the token.
 */
export async function setPasswordWithToken(
  deps: TokenPasswordDeps,
  purpose: AuthTokenPurpose,
  input: { token: string; password: string },
): Promise<{ organisationId: string; personId: string }> {
  checkNewPassword(input.password);
  const redeemed = await deps.tokens.redeem(hashToken(input.token), purpose, deps.now);
  if (!redeemed) throw new AppError('token_invalid');
  const accounts = deps.accountsOf(redeemed.organisationId);
  const person = await accounts.find(redeemed.personId);
  if (person?.status !== 'active') throw new AppError('token_invalid');
  await accounts.setPasswordHash(person.id, await hashPassword(input.password), deps.now);
  await deps.sessions.deleteAllFor(redeemed.organisationId, person.id);
  await deps.tokens.revokeAllFor(redeemed.organisationId, person.id, deps.now);
  return redeemed;
}
