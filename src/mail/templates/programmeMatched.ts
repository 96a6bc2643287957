import type { MailTemplate } from '../message';
import { renderMail } from './layout';

/** "You have a match": one per member of a published match, in the member's language. */
export function programmeMatchedMail(params: {
  name: string;
  programmeName: { nl: string; en: string };
  partners: string[];
  organisationName: string;
  link: string;
}): MailTemplate {
  return (t, locale) => {
    const programme = params.programmeName[locale] || params.programmeName.en;
    const partners = new Intl.ListFormat(locale, { type: 'conjunction' }).format(params.partners);
    return renderMail(t, locale, {
      subject: t('programmes:mail.matched.subject', { programme }),
      greeting: t('mail:greeting', { name: params.name }),
      paragraphs: [
        t('programmes:mail.matched.intro', { programme, partners }),
        t('programmes:mail.matched.next'),
      ],
      action: { label: t('programmes:mail.matched.action'), url: params.link },
      notes: [t('programmes:mail.matched.why')],
      organisationName: params.organisationName,
    });
  };
}
