import type { SignInRepository } from '../../db/repositories/accounts';
import type { AuthTokenRepository } from '../../db/repositories/authTokens';
import type { MailOutbox } from '../../mail/message';
import { passwordResetMail } from '../../mail/templates/passwordReset';
import { passwordResetLink } from './links';
import { normaliseEmail } from './normaliseEmail';
import { hashToken, newToken } from './secrets';

export const PASSWORD_RESET_MINUTES = 60;

/**
 * Mails a single-use link to choose a new password, one per organisation the address belongs
 * to. Says nothing back, whether or not the address is known: the answer must not tell anyone
 * who has an account.
 */
export async function requestPasswordReset(
  deps: {
    accounts: SignInRepository;
    tokens: AuthTokenRepository;
    mail: MailOutbox;
    now: Date;
    publicUrl: string;
  },
  input: { email: string },
): Promise<void> {
  const accounts = await deps.accounts.findByEmail(normaliseEmail(input.email));
  for (const account of accounts) {
    const token = newToken();
    await deps.tokens.create({
      tokenHash: hashToken(token),
      organisationId: account.organisationId,
      personId: account.personId,
      purpose: 'password_reset',
      createdAt: deps.now,
      expiresAt: new Date(deps.now.getTime() + PASSWORD_RESET_MINUTES * 60_000),
    });
    await deps.mail.send({
      organisation: { id: account.organisationId, isDemo: account.isDemoOrganisation },
      to: account.email,
      locale: account.locale,
      template: passwordResetMail({
        name: account.name,
        organisationName: account.organisationName,
        link: passwordResetLink(deps.publicUrl, token),
        validForMinutes: PASSWORD_RESET_MINUTES,
      }),
    });
  }
}
