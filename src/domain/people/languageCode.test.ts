import { describe, expect, it } from 'vitest';
import { isLanguageCode } from './languageCode';

describe('isLanguageCode', () => {
  it('accepts ISO 639 codes in lower case', () => {
    for (const code of ['nl', 'fr', 'en', 'de', 'es', 'tr', 'ar', 'fil']) {
      expect(isLanguageCode(code), code).toBe(true);
    }
  });

  it('refuses unknown codes, regions and other spellings', () => {
    for (const bad of ['xx', 'NL', 'nl-BE', 'dutch', 'n', '', 'qqq']) {
      expect(isLanguageCode(bad), bad).toBe(false);
    }
  });
});
