import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, type Translator } from '../../../i18n/catalog';
import { describeGoalChanges } from './goalChanges';

let translator: Translator;
const date = (day: string) => `<${day}>`;
const inLocale = (locale: 'en' | 'nl') =>
  ((key: string, params?: Record<string, unknown>) =>
    translator.t(locale, key, params)) as unknown as TFunction;

beforeAll(async () => {
  translator = await createTranslator();
});

describe('a goal history entry in words', () => {
  it('says a new goal was added, whatever fields came with it', () => {
    expect(
      describeGoalChanges(
        inLocale('en'),
        { created: true, title: 'Lead a retro', progress: 0 },
        date,
      ),
    ).toEqual(['added the goal “Lead a retro”']);
  });

  it('says each changed field, in English and in Dutch', () => {
    const changes = {
      title: 'Lead two retros',
      status: 'in_progress',
      progress: 30,
      targetDate: '2027-02-01',
      why: null,
      skillId: 'f0e3a4a8-5b51-4d0e-9a43-8d3c2f1a2b3c',
    };
    expect(describeGoalChanges(inLocale('en'), changes, date)).toEqual([
      'renamed it to “Lead two retros”',
      'set the status to In progress',
      'set progress to 30%',
      'set the target date to <2027-02-01>',
      'removed why it matters',
      'changed the skill',
    ]);
    expect(describeGoalChanges(inLocale('nl'), { progress: 50, targetDate: null }, date)).toEqual([
      'zette de voortgang op 50%',
      'haalde de streefdatum weg',
    ]);
  });
});
