import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials';

describe('initialsOf', () => {
  it('takes the first letters of the first and last word', () => {
    expect(initialsOf('Anna de Smet')).toBe('AS');
    expect(initialsOf('Jan Van den Berghe')).toBe('JB');
    expect(initialsOf('  émile   zola ')).toBe('ÉZ');
    expect(initialsOf('Madonna')).toBe('M');
    expect(initialsOf('')).toBe('?');
  });
});
