import { describe, expect, it } from 'vitest';
import { roomInRound } from './roomInRound';

describe('room in the next round', () => {
  it.each([
    ['coffee', { leading: 0, following: 3 }, { include: true }],
    ['buddy', undefined, { include: true }],
    ['buddy', { leading: 0, following: 1 }, { include: false }],
    ['mentoring', { leading: 0, following: 1 }, { include: false }],
    // The default mentor takes one mentee at a time.
    ['mentoring', { leading: 1, following: 0 }, { include: false }],
    ['reverse_mentoring', { leading: 1, following: 0 }, { include: false }],
    // A godparent takes two newcomers: one more while they have one.
    ['onboarding', { leading: 1, following: 0 }, { include: true, capacity: 1 }],
    ['onboarding', { leading: 2, following: 0 }, { include: false }],
    ['onboarding', { leading: 0, following: 1 }, { include: false }],
    ['onboarding', { leading: 0, following: 0 }, { include: true }],
  ] as const)('%s with %j → %j', (kind, load, expected) => {
    expect(roomInRound(kind, load)).toEqual(expected);
  });
});
