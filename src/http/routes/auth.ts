import { acceptInvitation } from '../../app/auth/acceptInvitation';
import { confirmPasswordReset } from '../../app/auth/confirmPasswordReset';
import { requestPasswordReset } from '../../app/auth/requestPasswordReset';
import { signIn } from '../../app/auth/signIn';
import { signOut } from '../../app/auth/signOut';
import {
  LoginBody,
  PasswordResetBody,
  SignedInResponse,
  TokenPasswordBody,
} from '../../contracts/auth';
import type { Sql } from '../../db/client';
import { AccountRepository, SignInRepository } from '../../db/repositories/accounts';
import { AuthTokenRepository } from '../../db/repositories/authTokens';
import { LoginAttemptRepository } from '../../db/repositories/loginAttempts';
import { SessionRepository } from '../../db/repositories/sessions';
import type { App } from '../server';
import { clearSessionCookies } from '../sessionCookies';
import { respondSignedIn } from '../signedIn';

const tokenPasswordDeps = (tx: Sql, now: Date) => ({
  accountsOf: (organisationId: string) => new AccountRepository(tx, organisationId),
  tokens: new AuthTokenRepository(tx),
  sessions: new SessionRepository(tx),
  now,
});

export function authRoutes(app: App) {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session and CSRF cookies',
        body: LoginBody,
        response: { 200: SignedInResponse },
      },
    },
    async (request, reply) => {
      // No transaction: a failed attempt must stay recorded, although the sign-in fails.
      const db = app.deps.db;
      const signedIn = await signIn(
        {
          accounts: new SignInRepository(db),
          attempts: new LoginAttemptRepository(db),
          sessions: new SessionRepository(db),
          now: app.deps.now(),
        },
        request.body,
      );
      return respondSignedIn(app, reply, signedIn);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out and clear the session cookies' } },
    async (request, reply) => {
      await signOut(
        { sessions: new SessionRepository(app.deps.db) },
        { sessionTokenHash: request.sessionTokenHash },
      );
      clearSessionCookies(reply, app.deps.config);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Mail a link to choose a new password; always 202, known address or not',
        body: PasswordResetBody,
      },
      // Each request may send mail: far fewer than the general limit, so nobody is flooded.
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      await app.deps.mailer.transaction((tx, mail) =>
        requestPasswordReset(
          {
            accounts: new SignInRepository(tx),
            tokens: new AuthTokenRepository(tx),
            mail,
            now: app.deps.now(),
            publicUrl: app.deps.config.publicUrl,
          },
          request.body,
        ),
      );
      return reply.status(202).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the mailed token; ends every session of the person',
        body: TokenPasswordBody,
      },
    },
    async (request, reply) => {
      await app.deps.db.transaction((tx) =>
        confirmPasswordReset(tokenPasswordDeps(tx, app.deps.now()), request.body),
      );
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/auth/invitation/accept',
    {
      schema: {
        tags: ['auth'],
        summary: 'Choose a password with the mailed invitation token and sign in',
        body: TokenPasswordBody,
        response: { 200: SignedInResponse },
      },
    },
    async (request, reply) => {
      const signedIn = await app.deps.db.transaction((tx) =>
        acceptInvitation(tokenPasswordDeps(tx, app.deps.now()), request.body),
      );
      return respondSignedIn(app, reply, signedIn);
    },
  );
}
