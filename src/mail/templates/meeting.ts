import type { Locale } from '../../i18n/locales';
import type { MailTemplate, Translate } from '../message';
import { renderMail } from './layout';

export type MeetingMailKind = 'invitation' | 'update' | 'cancellation' | 'reminder';

/** The Intl locale mail dates are written in, per language. */
export const DATE_LOCALES: Record<Locale, string> = { en: 'en-GB', nl: 'nl-BE' };

/** "Monday 22 March 2027, 09:00 (Europe/Brussels)" in the reader's language and zone. */
export function meetingWhen(locale: Locale, startsAt: Date, timeZone: string): string {
  const when = new Intl.DateTimeFormat(DATE_LOCALES[locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(startsAt);
  return `${when} (${timeZone})`;
}

/**
 * Invitations, changes, cancellations and reminders of a meeting. The calendar file is rendered
 * in the reader's language too; `ics` is null when there is nothing to add to a calendar.
 */
export function meetingMail(params: {
  kind: MeetingMailKind;
  name: string;
  title: string;
  startsAt: Date;
  /** The reader's own zone: times in mails are theirs. */
  timeZone: string;
  /** In person at a site ("Gent, Gent"), or online at a video link. */
  place: { inPerson: boolean; text: string };
  repeats: boolean;
  link: string;
  organisationName: string;
  ics: ((t: Translate) => { method: 'REQUEST' | 'CANCEL'; text: string }) | null;
}): MailTemplate {
  return (t, locale) => {
    const values = {
      title: params.title,
      when: meetingWhen(locale, params.startsAt, params.timeZone),
      where: params.place.inPerson
        ? t('meetings:ics.inPerson', { place: params.place.text })
        : t('meetings:ics.online', { url: params.place.text }),
    };
    const rendered = renderMail(t, locale, {
      subject: t(`meetings:mail.${params.kind}.subject`, values),
      greeting: t('mail:greeting', { name: params.name }),
      paragraphs: [
        t(`meetings:mail.${params.kind}.intro`, values),
        t('meetings:mail.when', values),
        ...(params.kind === 'cancellation' ? [] : [t('meetings:mail.where', values)]),
        ...(params.repeats && params.kind !== 'reminder' ? [t('meetings:mail.repeats')] : []),
      ],
      action: { label: t('meetings:mail.action'), url: params.link },
      notes: params.ics ? [t('meetings:mail.attachment')] : [],
      organisationName: params.organisationName,
    });
    if (!params.ics) return rendered;
    const ics = params.ics(t);
    return {
      ...rendered,
      attachments: [
        {
          filename: 'invite.ics',
          contentType: `text/calendar; charset=utf-8; method=${ics.method}`,
          content: ics.text,
        },
      ],
    };
  };
}
