import { describe, expect, it } from 'vitest';
import { pausedOn, takesPart } from './participation';

const today = '2026-11-27';

describe('taking part in a programme', () => {
  it.each([
    [undefined, true, true],
    [undefined, false, false],
    [{ status: 'active', pausedUntil: null }, false, true],
    [{ status: 'left', pausedUntil: null }, true, false],
    [{ status: 'paused', pausedUntil: null }, true, false],
    [{ status: 'paused', pausedUntil: '2026-12-24' }, false, false],
    [{ status: 'paused', pausedUntil: '2026-11-27' }, false, true],
    [{ status: 'paused', pausedUntil: '2026-11-01' }, false, true],
  ] as const)('%j (automatic: %s) → %s', (row, automatic, expected) => {
    expect(takesPart(row, automatic, today)).toBe(expected);
    if (row) expect(pausedOn(row, today)).toBe(row.status === 'paused' && !expected);
  });
});
