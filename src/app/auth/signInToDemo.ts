import type { SessionRepository } from '../../db/repositories/sessions';
import type { Role } from '../actor';
import { AppError, notFound } from '../errors';
import type { DemoLookup } from './demoAccounts';
import type { SignedIn } from './signIn';
import { startSession } from './startSession';

/**
 * One-click sign-in as the demo organisation's sample person of a role, without a password.
 * Refused for any organisation not created as a demo: there it would hand out real accounts.
 */
export async function signInToDemo(
  deps: DemoLookup & { sessions: SessionRepository; now: Date },
  input: { role: Role; organisationId?: string },
): Promise<SignedIn> {
  const organisation = input.organisationId
    ? await deps.installation.findOrganisation(input.organisationId)
    : await deps.installation.findDemoOrganisation();
  if (!organisation?.isDemo) throw new AppError('demo_only');
  const accounts = await deps.demoAccountsOf(organisation.id).findSampleAccounts();
  const account = accounts.find((a) => a.role === input.role);
  if (!account) throw notFound('person');
  const person = { organisationId: organisation.id, personId: account.personId };
  return { ...person, session: await startSession(deps, person) };
}
