import type { AccountRepository } from '../../db/repositories/accounts';
import type { AuthTokenRepository } from '../../db/repositories/authTokens';
import type { MailOutbox } from '../../mail/message';
import { invitationMail } from '../../mail/templates/invitation';
import type { Actor } from '../actor';
import { AppError, forbidden, notFound } from '../errors';
import { invitationLink } from './links';
import { canManagePeople } from './policies';
import { hashToken, newToken } from './secrets';

export const INVITATION_DAYS = 7;

/**
 * An admin mails a person of their organisation a link to choose a password and sign in.
 * Inviting again sends a fresh link; earlier ones keep working until used or expired.
 */
export async function invitePerson(
  deps: {
    accounts: AccountRepository;
    tokens: AuthTokenRepository;
    mail: MailOutbox;
    now: Date;
    publicUrl: string;
  },
  actor: Actor,
  input: { personId: string },
): Promise<{ sentTo: string; expiresAt: Date }> {
  if (!canManagePeople(actor)) throw forbidden();
  const person = await deps.accounts.find(input.personId);
  if (!person) throw notFound('person');
  if (person.status !== 'active') throw new AppError('conflict', { what: 'person' });
  const token = newToken();
  const expiresAt = new Date(deps.now.getTime() + INVITATION_DAYS * 24 * 60 * 60_000);
  await deps.tokens.create({
    tokenHash: hashToken(token),
    organisationId: person.organisation.id,
    personId: person.id,
    purpose: 'invitation',
    createdAt: deps.now,
    expiresAt,
  });
  await deps.mail.send({
    organisation: person.organisation,
    to: person.email,
    locale: person.locale,
    template: invitationMail({
      name: person.name,
      inviterName: actor.name,
      organisationName: person.organisation.name,
      link: invitationLink(deps.publicUrl, token),
      validForDays: INVITATION_DAYS,
    }),
  });
  return { sentTo: person.email, expiresAt };
}
