import { setPasswordWithToken, type TokenPasswordDeps } from './setPasswordWithToken';

/**
 * Sets a new password from a mailed reset link. Every session of the person ends, including
 * one an intruder may hold; they sign in again with the new password.
 */
export async function confirmPasswordReset(
  deps: TokenPasswordDeps,
  input: { token: string; password: string },
): Promise<void> {
  await setPasswordWithToken(deps, 'password_reset', input);
}
