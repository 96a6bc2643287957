/**
 * Languages offered in the picker: those of Belgium and its neighbours first, then the most
 * spoken others. Someone whose language is missing still keeps it (it is merged in).
 */
export const commonLanguages = [
  'nl',
  'fr',
  'en',
  'de',
  'es',
  'it',
  'pt',
  'pl',
  'ro',
  'tr',
  'ar',
  'zh',
  'hi',
  'ru',
  'uk',
  'el',
  'cs',
  'hu',
  'sv',
  'da',
  'fi',
  'no',
  'bg',
  'hr',
  'sk',
  'sl',
  'lt',
  'lv',
  'et',
  'ja',
  'ko',
  'vi',
  'th',
  'id',
  'ms',
  'fa',
  'ur',
  'bn',
  'ta',
  'he',
  'sw',
  'am',
  'so',
  'ber',
  'lb',
];

/** Every IANA time zone this browser knows, for the time zone picker. */
export function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}
