import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../i18n/locales';
import { useMe, useSavePreferences } from '../api/session';
import { changeLocale, rememberLocale } from './setup';

/**
 * The UI language and how to change it. A signed-in person's language is kept on the server,
 * so it follows them to every device; before sign-in it is kept on this device.
 */
export function useLanguage() {
  const { i18n } = useTranslation();
  const me = useMe().data;
  const save = useSavePreferences();
  const setLanguage = async (locale: Locale) => {
    rememberLocale(locale);
    await changeLocale(locale);
    if (me && me.locale !== locale) save.mutate({ locale });
  };
  return { language: i18n.language as Locale, setLanguage };
}

/**
 * After sign-in the person's saved language wins over this device's. A visitor trying a demo
 * account keeps the language they were reading in, and it becomes that account's language.
 */
export function useFollowSavedLanguage() {
  const { i18n } = useTranslation();
  const me = useMe().data;
  const save = useSavePreferences();
  const savedLocale = me?.locale;
  const isDemo = me?.organisation.isDemo ?? false;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per signed-in language, not per render of the mutation object
  useEffect(() => {
    if (!savedLocale || savedLocale === i18n.language) return;
    if (isDemo) {
      save.mutate({ locale: i18n.language as Locale });
      return;
    }
    rememberLocale(savedLocale);
    void changeLocale(savedLocale);
  }, [savedLocale, isDemo]);
}
