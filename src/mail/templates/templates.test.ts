import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, type Translator } from '../../i18n/catalog';
import type { Locale } from '../../i18n/locales';
import type { MailTemplate } from '../message';
import { invitationMail } from './invitation';
import { passwordResetMail } from './passwordReset';

let translator: Translator;
beforeAll(async () => {
  translator = await createTranslator();
});

const render = (template: MailTemplate, locale: Locale) =>
  template((key, params) => translator.t(locale, key, params), locale);

const reset = passwordResetMail({
  name: 'Ann <Admin>',
  organisationName: 'Brouwerij & Co',
  link: 'https://samen.example/reset-password?token=abc',
  validForMinutes: 60,
});

describe('mail templates', () => {
  it('writes the password reset mail in English and Dutch, as text and HTML', () => {
    const en = render(reset, 'en');
    expect(en.subject).toBe('Choose a new password for Samen');
    expect(en.text).toContain('Hello Ann <Admin>,');
    expect(en.text).toContain('https://samen.example/reset-password?token=abc');
    expect(en.text).toContain('within 60 minutes');
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain('href="https://samen.example/reset-password?token=abc"');

    const nl = render(reset, 'nl');
    expect(nl.subject).toBe('Kies een nieuw wachtwoord voor Samen');
    expect(nl.text).toContain('Hallo Ann <Admin>,');
    expect(nl.text).toContain('binnen 60 minuten');
    expect(nl.html).toContain('<html lang="nl">');
  });

  it('escapes names in HTML but not in plain text', () => {
    const en = render(reset, 'en');
    expect(en.html).toContain('Hello Ann &lt;Admin&gt;,');
    expect(en.html).toContain('Brouwerij &amp; Co');
    expect(en.html).not.toContain('<Admin>');
    expect(en.text).toContain('Brouwerij & Co');
  });

  it('names the inviter and the organisation in the invitation', () => {
    const template = invitationMail({
      name: 'Tom',
      inviterName: 'Ann',
      organisationName: 'Brouwerij',
      link: 'https://samen.example/invitation?token=xyz',
      validForDays: 7,
    });
    expect(render(template, 'en').subject).toBe('Ann invites you to Samen at Brouwerij');
    const nl = render(template, 'nl');
    expect(nl.subject).toBe('Ann nodigt je uit voor Samen bij Brouwerij');
    expect(nl.text).toContain('binnen 7 dagen');
    expect(nl.text).toContain('https://samen.example/invitation?token=xyz');
  });

  it('has every mail string in both languages', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
        : [prefix.slice(0, -1)];
    const en = keys(JSON.parse(readMailJson('en')));
    const nl = keys(JSON.parse(readMailJson('nl')));
    expect(nl.sort()).toEqual(en.sort());
  });
});

function readMailJson(locale: Locale): string {
  return readFileSync(new URL(`../../i18n/locales/${locale}/mail.json`, import.meta.url), 'utf8');
}
