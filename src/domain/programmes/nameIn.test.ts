import { describe, expect, it } from 'vitest';
import { nameIn } from './nameIn';

describe('a name in the reader’s language', () => {
  it.each([
    [{ nl: 'Koffie', en: 'Coffee' }, 'nl', 'Koffie'],
    [{ nl: 'Koffie', en: 'Coffee' }, 'en', 'Coffee'],
    [{ nl: '', en: 'Coffee' }, 'nl', 'Coffee'],
    [{ nl: 'Koffie', en: '' }, 'en', 'Koffie'],
    [{ nl: 'Koffie' }, 'fr', 'Koffie'],
    [{}, 'nl', ''],
  ])('%j in %s → %s', (names, language, expected) => {
    expect(nameIn(names, language)).toBe(expected);
  });
});
