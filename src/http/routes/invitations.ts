import { invitePerson } from '../../app/auth/invitePerson';
import { InvitationResponse, PersonIdParams } from '../../contracts/auth';
import { AccountRepository } from '../../db/repositories/accounts';
import { AuthTokenRepository } from '../../db/repositories/authTokens';
import { requireActor } from '../context';
import type { App } from '../server';

export function invitationRoutes(app: App) {
  app.post(
    '/api/v1/people/:id/invitation',
    {
      schema: {
        tags: ['people'],
        summary: 'Admins: mail a person a link to choose a password and sign in (valid 7 days)',
        params: PersonIdParams,
        response: { 202: InvitationResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const sent = await app.deps.mailer.transaction((tx, mail) =>
        invitePerson(
          {
            accounts: new AccountRepository(tx, actor.organisationId),
            tokens: new AuthTokenRepository(tx),
            mail,
            now: app.deps.now(),
            publicUrl: app.deps.config.publicUrl,
          },
          actor,
          { personId: request.params.id },
        ),
      );
      return reply.status(202).send({ ...sent, expiresAt: sent.expiresAt.toISOString() });
    },
  );
}
