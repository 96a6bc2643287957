/**
 * When sign-in for one e-mail address is paused. Counting per address (not per client address)
 * stops password guessing spread over many machines; the pause is short, so a person locked out
 * by someone else's guessing waits minutes, not hours.
 */
export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_WINDOW_MINUTES = 15;

export type LoginThrottle = { blocked: false } | { blocked: true; retryInMinutes: number };

/**
 * @param failures times of failed attempts for one address since its last successful sign-in,
 *   at least those inside the window
 */
export function loginThrottle(failures: readonly Date[], now: Date): LoginThrottle {
  const windowMs = LOGIN_WINDOW_MINUTES * 60_000;
  const recent = failures
    .map((at) => at.getTime())
    .filter((at) => at > now.getTime() - windowMs && at <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < LOGIN_FAILURE_LIMIT) return { blocked: false };
  // Sign-in opens again once the limit-th most recent failure leaves the window.
  const reopensAt = recent[LOGIN_FAILURE_LIMIT - 1] + windowMs;
  return {
    blocked: true,
    retryInMinutes: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 60_000)),
  };
}
