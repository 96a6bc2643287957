import type { InstallationRepository } from '../../db/repositories/installation';
import type { SessionRepository } from '../../db/repositories/sessions';
import type { Locale } from '../../i18n/locales';
import { AppError, type FieldError, invalid } from '../errors';
import { normaliseEmail } from './normaliseEmail';
import { checkNewPassword, hashPassword } from './password';
import type { SignedIn } from './signIn';
import { startSession } from './startSession';

export interface SetupInput {
  organisationName: string;
  name: string;
  email: string;
  password: string;
  locale: Locale;
}

/**
 * First run: creates the organisation and its first administrator and signs them in. Only
 * once: when a real organisation exists, set-up is refused (a demo organisation does not count).
 */
export async function setUpOrganisation(
  deps: { installation: InstallationRepository; sessions: SessionRepository; now: Date },
  input: SetupInput,
): Promise<SignedIn> {
  const organisationName = input.organisationName.trim();
  const name = input.name.trim();
  const blank: FieldError[] = [];
  if (!organisationName) blank.push({ field: 'organisationName', code: 'required' });
  if (!name) blank.push({ field: 'name', code: 'required' });
  if (blank.length > 0) throw invalid(blank);
  checkNewPassword(input.password);

  await deps.installation.lockSetup();
  if (await deps.installation.hasRealOrganisation()) throw new AppError('setup_done');
  const passwordHash = await hashPassword(input.password);
  const organisationId = await deps.installation.createOrganisation({
    name: organisationName,
    locale: input.locale,
  });
  const personId = await deps.installation.createAdmin({
    organisationId,
    name,
    email: normaliseEmail(input.email),
    locale: input.locale,
    passwordHash,
  });
  const session = await startSession(deps, { organisationId, personId });
  return { organisationId, personId, session };
}
