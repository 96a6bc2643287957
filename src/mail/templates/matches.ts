import type { MailTemplate } from '../message';
import { renderMail } from './layout';

interface PairingMail {
  name: string;
  programme: string;
  organisationName: string;
  link: string;
}

/** A new partner was proposed: to the person whose partner declined or left, and to the new one. */
export function newPartnerMail(
  params: PairingMail & { partnerName: string; replacing: boolean },
): MailTemplate {
  const names = { partner: params.partnerName, programme: params.programme };
  return (t, locale) =>
    renderMail(t, locale, {
      subject: t('matches:mail.newPartner.subject', names),
      greeting: t('mail:greeting', { name: params.name }),
      paragraphs: [
        ...(params.replacing ? [t('matches:mail.newPartner.replacing', names)] : []),
        t('matches:mail.newPartner.intro', names),
      ],
      action: { label: t('matches:mail.newPartner.action'), url: params.link },
      notes: [t('matches:mail.newPartner.note')],
      organisationName: params.organisationName,
    });
}

export function partnerLeftMail(params: PairingMail & { partnerName: string }): MailTemplate {
  const names = { partner: params.partnerName, programme: params.programme };
  return (t, locale) =>
    renderMail(t, locale, {
      subject: t('matches:mail.partnerLeft.subject', names),
      greeting: t('mail:greeting', { name: params.name }),
      paragraphs: [t('matches:mail.partnerLeft.intro', names)],
      action: { label: t('matches:mail.partnerLeft.action'), url: params.link },
      notes: [],
      organisationName: params.organisationName,
    });
}

export function pausedSilentMail(params: PairingMail & { rounds: number }): MailTemplate {
  const names = { programme: params.programme, count: params.rounds };
  return (t, locale) =>
    renderMail(t, locale, {
      subject: t('matches:mail.pausedSilent.subject', names),
      greeting: t('mail:greeting', { name: params.name }),
      paragraphs: [t('matches:mail.pausedSilent.intro', names)],
      action: { label: t('matches:mail.pausedSilent.action'), url: params.link },
      notes: [],
      organisationName: params.organisationName,
    });
}
