import { describe, expect, it } from 'vitest';
import { LOGIN_FAILURE_LIMIT, loginThrottle } from './loginThrottle';

const now = new Date('2026-11-26T10:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('loginThrottle', () => {
  it('lets sign-in through below the limit', () => {
    const failures = Array.from({ length: LOGIN_FAILURE_LIMIT - 1 }, (_, i) => minutesAgo(i));
    expect(loginThrottle(failures, now)).toEqual({ blocked: false });
  });

  it('blocks at the limit and says when the oldest counted failure leaves the window', () => {
    const failures = [1, 2, 3, 4, 10].map(minutesAgo);
    expect(loginThrottle(failures, now)).toEqual({ blocked: true, retryInMinutes: 5 });
  });

  it('counts from the fifth most recent failure when there are more', () => {
    const failures = [0, 1, 2, 3, 4, 12, 14].map(minutesAgo);
    expect(loginThrottle(failures, now)).toEqual({ blocked: true, retryInMinutes: 11 });
  });

  it('ignores failures older than the window', () => {
    const failures = [1, 2, 3, 4, 15, 16, 30].map(minutesAgo);
    expect(loginThrottle(failures, now)).toEqual({ blocked: false });
  });

  it('never asks to wait less than a minute', () => {
    const failures = [1, 2, 3, 4, 14.99].map(minutesAgo);
    expect(loginThrottle(failures, now)).toEqual({ blocked: true, retryInMinutes: 1 });
  });
});
