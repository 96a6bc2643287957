import { hash, verify } from '@node-rs/argon2';
import { invalidField } from '../errors';

export const MIN_PASSWORD_LENGTH = 10;
// Long enough for any passphrase; the cap keeps one request from costing seconds of hashing.
export const MAX_PASSWORD_LENGTH = 200;

/** Refuses a password that is too short (or absurdly long) with a field error on `field`. */
export function checkNewPassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw invalidField(field, 'password_weak', { min: MIN_PASSWORD_LENGTH });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw invalidField(field, 'too_long', { max: MAX_PASSWORD_LENGTH });
  }
}

/** argon2id (the library's default) with its default cost: 19 MiB, 2 passes, one lane. */
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash matches nothing rather than failing the sign-in with a 500.
    return false;
  }
}

let decoyHash: Promise<string> | null = null;

/**
 * Spends the time of one password check without anything to check against, so that an unknown
 * address answers as slowly as a known one and response times do not reveal who has an account.
 */
export async function spendPasswordCheck(password: string): Promise<void> {
  decoyHash ??= hash('samen decoy password that matches nothing');
  await verify(await decoyHash, password);
}

/** The two argon2 computations sign-in makes; a parameter so tests can count them. */
export interface PasswordChecks {
  verify(passwordHash: string, password: string): Promise<boolean>;
  spend(password: string): Promise<void>;
}

export const argon2Checks: PasswordChecks = { verify: verifyPassword, spend: spendPasswordCheck };
