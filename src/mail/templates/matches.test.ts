import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, type Translator } from '../../i18n/catalog';
import type { Locale } from '../../i18n/locales';
import type { MailTemplate } from '../message';
import { newPartnerMail, partnerLeftMail, pausedSilentMail } from './matches';

let translator: Translator;
beforeAll(async () => {
  translator = await createTranslator();
});

const render = (template: MailTemplate, locale: Locale) =>
  template((key, params) => translator.t(locale, key, params), locale);

const common = {
  name: 'Bob',
  programme: 'Buddies',
  organisationName: 'Brouwerij & Co',
  link: 'https://samen.example/matches/1',
};

describe('pairing mails', () => {
  it('tells the partner of a decline about the new proposal, in their language', () => {
    const mail = newPartnerMail({ ...common, partnerName: 'Cas', replacing: true });
    const en = render(mail, 'en');
    expect(en.subject).toBe('You are paired with Cas in Buddies');
    expect(en.text).toContain('did not go ahead');
    expect(en.text).toContain('https://samen.example/matches/1');
    const nl = render(mail, 'nl');
    expect(nl.subject).toBe('Je bent gekoppeld aan Cas in Buddies');
    expect(nl.html).toContain('<html lang="nl">');
    const fresh = render(newPartnerMail({ ...common, partnerName: 'Cas', replacing: false }), 'en');
    expect(fresh.text).not.toContain('did not go ahead');
  });

  it('tells a partner that someone left, and a silent person that they are paused', () => {
    expect(render(partnerLeftMail({ ...common, partnerName: 'Ann' }), 'nl').text).toContain(
      'Ann werkt niet meer bij de organisatie',
    );
    const paused = render(pausedSilentMail({ ...common, rounds: 3 }), 'en');
    expect(paused.subject).toBe('You are paused in Buddies');
    expect(paused.text).toContain('for 3 rounds in a row');
  });
});
