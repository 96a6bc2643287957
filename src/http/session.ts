import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hashToken } from '../app/auth/secrets';
import { AppError } from '../app/errors';
import { SessionRepository } from '../db/repositories/sessions';
import { isLocale, localeFromAcceptLanguage } from '../i18n/locales';
import { CSRF_HEADER, SESSION_COOKIE } from './context';

export { hashToken };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Resolves the caller from the session cookie and picks the response language: the signed-in
 * person's, else the browser's (or ?lang=), else English. Changing requests made with a session
 * must carry the session's CSRF token in a header, which another site cannot read or set.
 */
export function registerSession(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'en');
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    const query = request.query as Record<string, unknown> | undefined;
    request.locale =
      (isLocale(query?.lang) ? query.lang : null) ??
      localeFromAcceptLanguage(request.headers['accept-language']) ??
      'en';
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const tokenHash = hashToken(token);
    const session = await new SessionRepository(app.deps.db).findActive(tokenHash, app.deps.now());
    if (!session) return;
    request.actor = session.actor;
    request.sessionTokenHash = tokenHash;
    request.csrfToken = session.csrfToken;
    if (!isLocale(query?.lang)) request.locale = session.actor.locale;
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
        throw new AppError('csrf_failed');
      }
    }
  });
}
