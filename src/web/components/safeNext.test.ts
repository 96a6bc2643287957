import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext';

describe('where to go after signing in', () => {
  it('follows a path inside the app', () => {
    expect(safeNext('/people?skill=1')).toBe('/people?skill=1');
  });

  it('never leaves for another site', () => {
    for (const next of ['//evil.example/x', 'https://evil.example', 'javascript:alert(1)', '']) {
      expect(safeNext(next)).toBe('/');
    }
    expect(safeNext(null)).toBe('/');
  });
});
