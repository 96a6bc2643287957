import { describe, expect, it } from 'vitest';
import { canonicalTimeZone } from './timeZone';

describe('canonicalTimeZone', () => {
  it('keeps known IANA zones and fixes their spelling', () => {
    expect(canonicalTimeZone('Europe/Brussels')).toBe('Europe/Brussels');
    expect(canonicalTimeZone('europe/brussels')).toBe('Europe/Brussels');
    expect(canonicalTimeZone('America/Sao_Paulo')).toBe('America/Sao_Paulo');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
  });

  it('refuses names the time zone database does not know', () => {
    for (const bad of ['Europe/Gent', 'Mars/Olympus', '', ' Europe/Brussels', 'CET+99']) {
      expect(canonicalTimeZone(bad), bad).toBeNull();
    }
  });
});
