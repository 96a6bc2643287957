import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, type Translator } from '../../../i18n/catalog';
import { locales } from '../../../i18n/locales';
import { createFitContext } from './context';
import { REASON_CATALOGUE, REASON_NAMESPACE, type Reason, type ReasonKey } from './reason';
import { blockedReasons, scorePair } from './score';
import { fitSettingsFor, type ProgrammeKind } from './settings';
import { arbitraryPeople, NOW } from './testing/people';

const SAMPLE: Record<string, string | number> = {
  weekday: 2,
  site: 'Gent',
  otherSite: 'Antwerpen',
  language: 'nl',
  field: 'timeZone',
  level: 4,
  count: 3,
};
const sample = (name: string) => SAMPLE[name] ?? `Sam-${name}`;

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.entries(value as Record<string, unknown>).reduce(
    (all, [k, v]) => Object.assign(all, flatten(v, prefix ? `${prefix}.${k}` : k)),
    {} as Record<string, string>,
  );
}

const files = Object.fromEntries(
  locales.map((locale) => {
    const url = new URL(`../../../i18n/locales/${locale}/matching.json`, import.meta.url);
    return [locale, flatten(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')))];
  }),
);

let translator: Translator;
beforeAll(async () => {
  translator = await createTranslator();
});

function expectRendered(reason: Reason): void {
  for (const locale of locales) {
    const text = translator.t(locale, `${REASON_NAMESPACE}:${reason.key}`, reason.params);
    expect(text, `${locale} ${reason.key}`).not.toContain(reason.key);
    expect(text, `${locale} ${reason.key}`).not.toMatch(/\{\{|\$t\(|matching:/);
  }
}

describe('matching translations', () => {
  const keys = Object.keys(REASON_CATALOGUE) as ReasonKey[];

  it.each(keys)('%s renders in every language with its parameters', (key) => {
    const params = Object.fromEntries(REASON_CATALOGUE[key].map((name) => [name, sample(name)]));
    expectRendered({ key, params });
    if ('count' in params) expectRendered({ key, params: { ...params, count: 1 } });
  });

  it.each(keys)('%s uses no parameter the engine does not give', (key) => {
    const allowed = new Set<string>(REASON_CATALOGUE[key]);
    for (const locale of locales) {
      const templates = Object.entries(files[locale]).filter(
        ([k]) => k === key || k.startsWith(`${key}_`),
      );
      expect(templates.length, `${locale} ${key}`).toBeGreaterThan(0);
      for (const [, template] of templates) {
        for (const [, name] of template.matchAll(/\{\{\s*(\w+)/g))
          expect(allowed, `${locale} ${key}`).toContain(name);
      }
    }
  });

  it('both languages have the same keys', () => {
    expect(Object.keys(files.nl).sort()).toEqual(Object.keys(files.en).sort());
  });

  it('every reason the factors and rules emit for random people is catalogued and translated', () => {
    const kinds: ProgrammeKind[] = [
      'buddy',
      'mentoring',
      'reverseMentoring',
      'onboarding',
      'coffee',
    ];
    fc.assert(
      fc.property(arbitraryPeople(2, 4), fc.constantFrom(...kinds), (people, kind) => {
        const ctx = createFitContext(people, {
          now: NOW,
          history: [{ members: ['p0', 'p1'], roundsAgo: 2 }],
        });
        const settings = fitSettingsFor(kind, {
          constraints: [...fitSettingsFor(kind).constraints, 'siteOrDepartment'],
        });
        for (const a of people) {
          for (const b of people) {
            if (a.id === b.id) continue;
            const fit = scorePair(a.id, b.id, ctx, settings);
            const emitted = fit.allowed ? fit.reasons : blockedReasons(a.id, b.id, ctx, settings);
            for (const r of emitted) {
              expect(Object.keys(REASON_CATALOGUE)).toContain(r.key);
              expect(Object.keys(r.params).sort()).toEqual([...REASON_CATALOGUE[r.key]].sort());
              expectRendered(r);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads naturally in Dutch', () => {
    const text = translator.t('nl', 'matching:match.reason.sameOfficeDay', {
      weekday: 2,
      site: 'Gent',
    });
    expect(text).toBe('Jullie zijn allebei op dinsdag op kantoor in Gent');
    expect(translator.t('en', 'matching:match.reason.workingHoursOverlap', { count: 2.5 })).toBe(
      'Your working hours overlap 2.5 hours a week',
    );
    expect(translator.t('nl', 'matching:match.reason.sharedLanguage', { language: 'en' })).toBe(
      'Jullie spreken allebei Engels',
    );
  });
});
