import type { Locale } from '../../i18n/locales';
import type { MailTemplate } from '../message';
import { renderMail } from './layout';

// Made once per language: a round renders this mail for every member, and making a list format
// costs more than the rest of the mail.
const listFormats = new Map<Locale, Intl.ListFormat>();
const listFormat = (locale: Locale) => {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format;
};

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
    const partners = listFormat(locale).format(params.partners);
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
