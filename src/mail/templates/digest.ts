import type { WeeklyDigest } from '../../domain/digest/weeklyDigest';
import type { MailTemplate } from '../message';
import { renderMail } from './layout';
import { DATE_LOCALES } from './meeting';

/**
 * The Monday mail: the week's meetings, pairings waiting for an answer, open actions, and for a
 * manager the reports who wait for a check-in or for help.
 */
export function weeklyDigestMail(params: {
  name: string;
  digest: WeeklyDigest;
  timeZone: string;
  organisationName: string;
  link: string;
}): MailTemplate {
  const { digest } = params;
  return (t, locale) => {
    const when = new Intl.DateTimeFormat(DATE_LOCALES[locale], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: params.timeZone,
    });
    const day = new Intl.DateTimeFormat(DATE_LOCALES[locale], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    const paragraphs: string[] = [t('digest:intro')];
    if (digest.meetings.length > 0) {
      paragraphs.push(
        [
          t('digest:meetings', { count: digest.meetings.length }),
          ...digest.meetings.map((m) => `• ${when.format(m.startsAt)}: ${m.title}`),
        ].join('\n'),
      );
    }
    if (digest.checkinThisWeekOn) {
      paragraphs.push(
        t('digest:checkin', {
          date: day.format(new Date(`${digest.checkinThisWeekOn}T00:00:00Z`)),
        }),
      );
    }
    if (digest.pendingPairings.length > 0) {
      paragraphs.push(
        [
          t('digest:pairings', { count: digest.pendingPairings.length }),
          ...digest.pendingPairings.map((programme) => `• ${programme}`),
        ].join('\n'),
      );
    }
    if (digest.openActions.length > 0) {
      paragraphs.push(
        [
          t('digest:actions', { count: digest.openActions.length }),
          ...digest.openActions.map((a) =>
            a.dueOn
              ? `• ${a.title} (${t('digest:due', { date: day.format(new Date(`${a.dueOn}T00:00:00Z`)) })})`
              : `• ${a.title}`,
          ),
        ].join('\n'),
      );
    }
    if (digest.team) {
      const lines = [t('digest:team.title')];
      if (digest.team.overdueCheckins > 0) {
        lines.push(`• ${t('digest:team.overdue', { count: digest.team.overdueCheckins })}`);
      }
      if (digest.team.openHands > 0) {
        lines.push(`• ${t('digest:team.hands', { count: digest.team.openHands })}`);
      }
      paragraphs.push(lines.join('\n'));
    }
    if (digest.unreadNotifications > 0) {
      paragraphs.push(t('digest:unread', { count: digest.unreadNotifications }));
    }
    return renderMail(t, locale, {
      subject: t('digest:subject'),
      greeting: t('mail:greeting', { name: params.name }),
      paragraphs,
      action: { label: t('digest:action'), url: params.link },
      notes: [t('digest:note')],
      organisationName: params.organisationName,
    });
  };
}
