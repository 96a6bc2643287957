import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import { fallbackLocale, type Locale, locales } from './locales';

const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'locales');

/** Server-side: every namespace file of every language, read once at start. */
export function loadResources(dir: string = LOCALES_DIR): Resource {
  const resources: Resource = {};
  for (const locale of locales) {
    resources[locale] = {};
    for (const file of readdirSync(join(dir, locale)).filter((name) => name.endsWith('.json'))) {
      resources[locale][file.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(join(dir, locale, file), 'utf8'),
      );
    }
  }
  return resources;
}

export interface Translator {
  t(locale: Locale, key: string, params?: Record<string, unknown>): string;
  exists(key: string): boolean;
}

export async function createTranslator(): Promise<Translator> {
  const resources = loadResources();
  const instance: i18n = i18next.createInstance();
  await instance.init({
    resources,
    lng: fallbackLocale,
    fallbackLng: fallbackLocale,
    ns: Object.keys(resources[fallbackLocale]),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const fixed = new Map<Locale, TFunction>(locales.map((l) => [l, instance.getFixedT(l)]));
  return {
    t: (locale, key, params) => fixed.get(locale)!(key, params ?? {}) as string,
    exists: (key) => instance.exists(key),
  };
}
