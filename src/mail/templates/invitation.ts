import type { MailTemplate } from '../message';
import { renderMail } from './layout';

export function invitationMail(params: {
  name: string;
  inviterName: string;
  organisationName: string;
  link: string;
  validForDays: number;
}): MailTemplate {
  const names = { inviter: params.inviterName, organisation: params.organisationName };
  return (t, locale) =>
    renderMail(t, locale, {
      subject: t('mail:invitation.subject', names),
      greeting: t('mail:greeting', { name: params.name }),
      paragraphs: [t('mail:invitation.intro', names), t('mail:invitation.what')],
      action: { label: t('mail:invitation.action'), url: params.link },
      notes: [t('mail:invitation.expiry', { count: params.validForDays })],
      organisationName: params.organisationName,
    });
}
