import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates, numbers and lists in the UI language, through Intl. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent' });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    const languageNames = new Intl.DisplayNames(locale, { type: 'language' });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const weekdayShort = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday: weekday 1 … 7 maps onto 1 … 7 January.
    const weekdayDate = (day: number) => new Date(Date.UTC(2024, 0, day));
    // A plain date ("2026-03-01") is a calendar day, not an instant: format it in UTC.
    const parse = (value: string) =>
      /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
    return {
      locale,
      date: (value: string | Date) =>
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
              parse(value),
            )
          : date.format(typeof value === 'string' ? parse(value) : value),
      dateTime: (value: string | Date) =>
        dateTime.format(typeof value === 'string' ? parse(value) : value),
      number: (value: number) => number.format(value),
      percent: (fraction: number) => percent.format(fraction),
      list: (items: string[]) => list.format(items),
      language: (code: string) => {
        try {
          return languageNames.of(code) ?? code;
        } catch {
          return code;
        }
      },
      weekday: (day: number) => weekday.format(weekdayDate(day)),
      weekdayShort: (day: number) => weekdayShort.format(weekdayDate(day)),
    };
  }, [locale]);
}
