import type { MailTemplate } from '../message';
import { renderMail } from './layout';

export function passwordResetMail(params: {
  name: string;
  organisationName: string;
  link: string;
  validForMinutes: number;
}): MailTemplate {
  return (t, locale) =>
    renderMail(t, locale, {
      subject: t('mail:passwordReset.subject'),
      greeting: t('mail:greeting', { name: params.name }),
      paragraphs: [t('mail:passwordReset.intro', { organisation: params.organisationName })],
      action: { label: t('mail:passwordReset.action'), url: params.link },
      notes: [
        t('mail:passwordReset.expiry', { count: params.validForMinutes }),
        t('mail:passwordReset.notYou'),
      ],
      organisationName: params.organisationName,
    });
}
