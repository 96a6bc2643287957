const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * Whether a code is a lower-case ISO 639 language code (two or three letters) that the runtime
 * has a name for, so the web app can always show it as a word.
 */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code)) return false;
  return names.of(code) !== undefined;
}
