import type { SessionRepository } from '../../db/repositories/sessions';
import { hashToken, newToken } from './secrets';

export const SESSION_DAYS = 14;

export interface StartedSession {
  /** Goes into the httpOnly session cookie; only its hash is stored. */
  token: string;
  /** Readable by the web app, which sends it back in a header on changing requests. */
  csrfToken: string;
  expiresAt: Date;
}

export async function startSession(
  deps: { sessions: SessionRepository; now: Date },
  person: { organisationId: string; personId: string },
): Promise<StartedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(deps.now.getTime() + SESSION_DAYS * 24 * 60 * 60_000);
  await deps.sessions.deleteExpiredFor(person.organisationId, person.personId, deps.now);
  await deps.sessions.create({
    tokenHash: hashToken(token),
    organisationId: person.organisationId,
    personId: person.personId,
    csrfToken,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}
