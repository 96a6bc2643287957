import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIT_SETTINGS, FACTOR_NAMES, fitSettingsFor, invalidFitSetting } from './settings';

describe('programme settings', () => {
  it('overrides only what is given, keeping the kind’s defaults', () => {
    const s = fitSettingsFor('coffee', {
      weights: { teamMix: 7, officeDays: undefined },
      noRepeatRounds: 5,
    });
    expect(s.weights.teamMix).toBe(7);
    expect(s.weights.officeDays).toBe(DEFAULT_FIT_SETTINGS.coffee.weights.officeDays);
    expect(s.noRepeatRounds).toBe(5);
    expect(s.constraints).toEqual(DEFAULT_FIT_SETTINGS.coffee.constraints);
  });

  it('every kind weighs every factor with a finite number and passes its own check', () => {
    for (const settings of Object.values(DEFAULT_FIT_SETTINGS)) {
      expect(Object.keys(settings.weights).sort()).toEqual([...FACTOR_NAMES].sort());
      expect(invalidFitSetting(settings)).toBeNull();
    }
  });

  it.each([
    [{ weights: { language: Number.NaN } }, 'weights.language'],
    [{ weights: { recency: Number.POSITIVE_INFINITY } }, 'weights.recency'],
    [{ constraints: ['noSuchRule' as never] }, 'constraints'],
    [{ minOverlapMinutes: -1 }, 'minOverlapMinutes'],
    [{ maxReasons: 1.5 }, 'maxReasons'],
    [{ seniorityTargetGap: Number.NaN }, 'seniorityTargetGap'],
  ])('names the bad setting %o', (overrides, field) => {
    expect(invalidFitSetting(fitSettingsFor('buddy', overrides))).toBe(field);
  });
});

describe('docs/matching.md', () => {
  it('documents the default weights exactly as they are', () => {
    const doc = readFileSync(
      fileURLToPath(new URL('../../../../docs/matching.md', import.meta.url)),
      'utf8',
    );
    const table = doc.split('<!-- weights:start')[1].split('<!-- weights:end')[0];
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    const header = table.split('\n').find((line) => line.startsWith('| factor'))!;
    const kinds = header
      .split('|')
      .slice(2, -1)
      .map((c) => c.trim()) as (keyof typeof DEFAULT_FIT_SETTINGS)[];
    expect([...kinds].sort()).toEqual(Object.keys(DEFAULT_FIT_SETTINGS).sort());
    expect(rows.map((row) => row.split('`')[1])).toEqual([...FACTOR_NAMES]);
    for (const row of rows) {
      const [name, ...weights] = row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim().replaceAll('`', ''));
      kinds.forEach((kind, i) => {
        expect(Number(weights[i]), `${kind}.${name}`).toBe(
          DEFAULT_FIT_SETTINGS[kind].weights[name as never],
        );
      });
    }
  });
});
