import type { MailTemplate } from '../message';
import { renderMail } from './layout';

/** To a manager: someone in their team raised a hand. */
export function helpSignalMail(params: {
  managerName: string;
  personName: string;
  body: string;
  urgency: 'low' | 'normal' | 'high';
  organisationName: string;
  link: string;
}): MailTemplate {
  return (t, locale) =>
    renderMail(t, locale, {
      subject: t('checkins:mail.helpSignal.subject', { name: params.personName }),
      greeting: t('mail:greeting', { name: params.managerName }),
      paragraphs: [
        t('checkins:mail.helpSignal.intro', { name: params.personName }),
        t('checkins:mail.helpSignal.quote', { body: params.body }),
        t(`checkins:mail.helpSignal.urgency.${params.urgency}`),
      ],
      action: { label: t('checkins:mail.helpSignal.action'), url: params.link },
      notes: [t('checkins:mail.helpSignal.why')],
      organisationName: params.organisationName,
    });
}
