import { describe, expect, it } from 'vitest';
import { onboardingSideConflict } from './onboardingSide';

const now = new Date('2026-06-01T08:00:00Z');

describe('onboardingSideConflict', () => {
  it('keeps a chosen side the start date allows, and flags one it does not', () => {
    expect(onboardingSideConflict('newcomer', '2026-05-01', now)).toBeNull();
    expect(onboardingSideConflict('newcomer', '2026-07-01', now)).toBeNull();
    expect(onboardingSideConflict('newcomer', '2020-01-01', now)).toBe('round.notNewcomer');
    expect(onboardingSideConflict('godparent', '2020-01-01', now)).toBeNull();
    expect(onboardingSideConflict('godparent', '2026-01-01', now)).toBe('round.notGodparent');
    expect(onboardingSideConflict('godparent', null, now)).toBe('round.notGodparent');
    expect(onboardingSideConflict('participant', null, now)).toBeNull();
  });
});
