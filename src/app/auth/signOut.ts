import type { SessionRepository } from '../../db/repositories/sessions';

/** Ends the session behind the caller's cookie; signing out twice is not an error. */
export async function signOut(
  deps: { sessions: SessionRepository },
  input: { sessionTokenHash: string | null },
): Promise<void> {
  if (input.sessionTokenHash) await deps.sessions.delete(input.sessionTokenHash);
}
