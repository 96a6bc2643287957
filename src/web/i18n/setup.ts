import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fallbackLocale, isLocale, type Locale } from '../../i18n/locales';

// The same catalog files the server translates with, the namespaces the web app shows: its
// own and the shared one. Each language is one chunk (vite.config.ts), fetched when chosen;
// the server's messages arrive already translated.
const catalogs = import.meta.glob<Record<string, unknown>>(
  [
    '../../i18n/locales/*/web.json',
    '../../i18n/locales/*/common.json',
    '../../i18n/locales/*/matches.json',
    '../../i18n/locales/*/meetings.json',
    '../../i18n/locales/*/programmes.json',
    '../../i18n/locales/*/matching.json',
    '../../i18n/locales/*/checkins.json',
    '../../i18n/locales/*/notifications.json',
  ],
  { import: 'default' },
);

const STORAGE_KEY = 'samen.locale';

export async function loadLocale(locale: Locale): Promise<void> {
  const files = Object.entries(catalogs).filter(([path]) => path.includes(`/locales/${locale}/`));
  await Promise.all(
    files.map(async ([path, load]) => {
      const namespace = path.replace(/^.*\/([^/]+)\.json$/, '$1');
      if (!i18n.hasResourceBundle(locale, namespace)) {
        i18n.addResourceBundle(locale, namespace, await load(), true, true);
      }
    }),
  );
}

/** The language chosen on this device before, else the browser's first supported one. */
export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return fallbackLocale;
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
}

/** Switches the UI language: loads its catalogs first so no key flashes untranslated. */
export async function changeLocale(locale: Locale): Promise<void> {
  if (i18n.language === locale) return;
  await loadLocale(locale);
  await i18n.changeLanguage(locale);
}

export async function startI18n(): Promise<void> {
  const locale = initialLocale();
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18n.use(initReactI18next).init({
    lng: locale,
    fallbackLng: fallbackLocale,
    resources: {},
    partialBundledLanguages: true,
    defaultNS: 'web',
    ns: [
      'web',
      'common',
      'matches',
      'meetings',
      'programmes',
      'matching',
      'checkins',
      'notifications',
    ],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadLocale(locale);
  if (locale !== fallbackLocale) await loadLocale(fallbackLocale);
  document.documentElement.lang = locale;
}

export { i18n };
