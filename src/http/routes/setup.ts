import type {
  DemoLookup,
  DemoOrganisation as DemoOrganisationData,
} from '../../app/auth/demoAccounts';
import { getSetupState } from '../../app/auth/getSetupState';
import { openDemoOrganisation } from '../../app/auth/openDemoOrganisation';
import { setUpOrganisation } from '../../app/auth/setUpOrganisation';
import { signInToDemo } from '../../app/auth/signInToDemo';
import { SignedInResponse } from '../../contracts/auth';
import { DemoOrganisation, DemoSignInBody, SetupBody, SetupState } from '../../contracts/setup';
import type { Sql } from '../../db/client';
import { DemoAccountRepository } from '../../db/repositories/demoAccounts';
import { InstallationRepository } from '../../db/repositories/installation';
import { SessionRepository } from '../../db/repositories/sessions';
import { demoCreator } from '../demoCreator';
import type { App } from '../server';
import { respondSignedIn } from '../signedIn';

const demoLookup = (sql: Sql): DemoLookup => ({
  installation: new InstallationRepository(sql),
  demoAccountsOf: (organisationId) => new DemoAccountRepository(sql, organisationId),
});

export function setupRoutes(app: App) {
  // Two visitors clicking "explore the demo" at once get the same demo, not two.
  let demoOpening: Promise<DemoOrganisationData> | null = null;

  app.get(
    '/api/v1/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Whether Samen still needs its first organisation, and the demo if there is one',
        response: { 200: SetupState },
      },
    },
    async () => getSetupState(demoLookup(app.deps.db)),
  );

  app.post(
    '/api/v1/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'First run: create the organisation and its first admin, and sign in',
        body: SetupBody,
        response: { 201: SignedInResponse },
      },
    },
    async (request, reply) => {
      const signedIn = await app.deps.db.transaction((tx) =>
        setUpOrganisation(
          {
            installation: new InstallationRepository(tx),
            sessions: new SessionRepository(tx),
            now: app.deps.now(),
          },
          request.body,
        ),
      );
      reply.status(201);
      return respondSignedIn(app, reply, signedIn);
    },
  );

  app.post(
    '/api/v1/demo',
    {
      schema: {
        tags: ['setup'],
        summary: 'The demo organisation and its sample accounts, created first if there is none',
        response: { 200: DemoOrganisation },
      },
    },
    async () => {
      demoOpening ??= openDemoOrganisation({
        ...demoLookup(app.deps.db),
        create: demoCreator(app.deps.db),
      }).finally(() => {
        demoOpening = null;
      });
      return demoOpening;
    },
  );

  app.post(
    '/api/v1/demo/sign-in',
    {
      schema: {
        tags: ['setup'],
        summary: 'Sign in as the sample employee, manager or admin of the demo organisation',
        body: DemoSignInBody,
        response: { 200: SignedInResponse },
      },
    },
    async (request, reply) => {
      const signedIn = await app.deps.db.transaction((tx) =>
        signInToDemo(
          { ...demoLookup(tx), sessions: new SessionRepository(tx), now: app.deps.now() },
          request.body,
        ),
      );
      return respondSignedIn(app, reply, signedIn);
    },
  );
}
