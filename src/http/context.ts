import type { FastifyRequest } from 'fastify';
import type { Actor } from '../app/actor';
import { unauthenticated } from '../app/errors';
import type { Config } from '../config';
import type { Database } from '../db/client';
import type { Translator } from '../i18n/catalog';
import type { Locale } from '../i18n/locales';
import type { Mailer } from '../mail/mailer';

/** What the routes reach: built once at start, the same for every request. */
export interface ServerDeps {
  config: Config;
  db: Database;
  translator: Translator;
  /** The clock, injected so tests can move time. */
  now: () => Date;
  version: string;
  /** Writes mail to the outbox and sends it through SMTP when configured. */
  mailer: Mailer;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: ServerDeps;
  }
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
    sessionTokenHash: string | null;
    /** The session's CSRF token, handed to the web app by `GET /api/v1/me`. */
    csrfToken: string | null;
  }
}

export const SESSION_COOKIE = 'samen_session';
export const CSRF_COOKIE = 'samen_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
