import type { SignInRepository } from '../../db/repositories/accounts';
import type { LoginAttemptRepository } from '../../db/repositories/loginAttempts';
import type { SessionRepository } from '../../db/repositories/sessions';
import { LOGIN_WINDOW_MINUTES, loginThrottle } from '../../domain/auth/loginThrottle';
import { AppError } from '../errors';
import { normaliseEmail } from './normaliseEmail';
import { argon2Checks, type PasswordChecks } from './password';
import { type StartedSession, startSession } from './startSession';

export interface SignedIn {
  organisationId: string;
  personId: string;
  session: StartedSession;
}

/**
 * Signs in with e-mail and password. The same address may belong to people in several
 * organisations: the first one (oldest organisation) whose password matches wins. After too
 * many failures for one address, sign-in pauses for it without checking the password at all.
 *
 * Run it outside a transaction: a failed attempt must stay recorded although sign-in fails.
 */
export async function signIn(
  deps: {
    accounts: SignInRepository;
    attempts: LoginAttemptRepository;
    sessions: SessionRepository;
    now: Date;
    passwords?: PasswordChecks;
  },
  input: { email: string; password: string },
): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const windowStart = new Date(deps.now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  await deps.attempts.prune(email, windowStart);
  const attempt = await deps.attempts.start(email, deps.now);
  const earlier = await deps.attempts.failuresSince(email, windowStart, attempt);
  const throttle = loginThrottle(earlier, deps.now);
  if (throttle.blocked) {
    await deps.attempts.forget(attempt);
    throw new AppError('too_many_attempts', { minutes: throttle.retryInMinutes });
  }

  const passwords = deps.passwords ?? argon2Checks;
  const candidates = (await deps.accounts.findByEmail(email)).filter((a) => a.passwordHash);
  let match: (typeof candidates)[number] | null = null;
  for (const account of candidates) {
    if (await passwords.verify(account.passwordHash!, input.password)) {
      match = account;
      break;
    }
  }
  // An unknown address costs one argon2 check too, so response times do not reveal accounts.
  if (candidates.length === 0) await passwords.spend(input.password);
  if (!match) throw new AppError('invalid_credentials');

  await deps.attempts.succeeded(attempt);
  const session = await startSession(deps, match);
  return { organisationId: match.organisationId, personId: match.personId, session };
}
