import type { LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../src/app/auth/password';
import type { Database } from '../src/db/client';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../src/http/context';
import { createPerson, type PersonRow } from './factories';

export const PASSWORD = 'correct horse battery';

let passwordHash: Promise<string> | null = null;

/** A person who can sign in with PASSWORD (hashed once per test worker: argon2 is slow on purpose). */
export async function createPersonWithPassword(
  db: Database,
  organisationId: string,
  overrides: Parameters<typeof createPerson>[2] = {},
): Promise<PersonRow> {
  passwordHash ??= hashPassword(PASSWORD);
  return createPerson(db, organisationId, { passwordHash: await passwordHash, ...overrides });
}

/** Headers that carry on a session a response just started: its cookies and CSRF header. */
export function sessionHeaders(response: LightMyRequestResponse): Record<string, string> {
  const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
  const session = cookies[SESSION_COOKIE];
  const csrf = cookies[CSRF_COOKIE];
  if (!session || !csrf)
    throw new Error(`no session cookies in the response (${response.statusCode})`);
  return { cookie: `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${csrf}`, [CSRF_HEADER]: csrf };
}

/** The link in a mail's text, and the token it carries. */
export function linkIn(text: string): { url: URL; token: string } {
  const match = /https?:\/\/\S+token=\S+/.exec(text);
  if (!match) throw new Error(`no link in:\n${text}`);
  const url = new URL(match[0]);
  return { url, token: url.searchParams.get('token')! };
}
