import type { FastifyReply } from 'fastify';
import type { StartedSession } from '../app/auth/startSession';
import type { Config } from '../config';
import { CSRF_COOKIE, SESSION_COOKIE } from './context';

/**
 * The session token goes into an httpOnly cookie scripts cannot read; the CSRF token into one
 * the web app reads and echoes in the x-csrf-token header, which another site cannot do.
 * SameSite=Lax keeps the session off cross-site form posts and still lets mailed links in.
 */
export function setSessionCookies(reply: FastifyReply, config: Config, session: StartedSession) {
  const common = {
    path: '/',
    sameSite: 'lax' as const,
    secure: config.secureCookies,
    expires: session.expiresAt,
  };
  reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, config: Config) {
  const common = { path: '/', sameSite: 'lax' as const, secure: config.secureCookies };
  reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, { ...common, httpOnly: false });
}
