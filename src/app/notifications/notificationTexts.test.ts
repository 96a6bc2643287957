import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, type Translator } from '../../i18n/catalog';
import { locales } from '../../i18n/locales';

const appDir = new URL('..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every notification kind the use cases write as a literal (the bell renders `notifications:<kind>`). */
function writtenKinds(): string[] {
  const kinds = new Set<string>();
  for (const file of sources(appDir)) {
    const text = readFileSync(file, 'utf8');
    if (!/\.notify\(|notifications\.add\(|notify\w*\(/.test(text)) continue;
    for (const [, kind] of text.matchAll(/kind: '([a-z_]+(?:\.[a-z_]+)?)'/g)) kinds.add(kind);
    for (const [, kind] of text.matchAll(/'((?:matches|programmes)\.[a-z_]+)'/g)) kinds.add(kind);
  }
  return [...kinds].sort();
}

describe('notification texts', () => {
  let translator: Translator;
  beforeAll(async () => {
    translator = await createTranslator();
  });

  it('exist in every language for every kind the app writes', () => {
    const kinds = writtenKinds();
    expect(kinds).toEqual(
      expect.arrayContaining(['matches.accepted', 'programmes.matched', 'checkin_action_assigned']),
    );
    const missing = kinds.flatMap((kind) =>
      locales
        .filter((locale) => translator.t(locale, `notifications:${kind}`) === `${kind}`)
        .map((locale) => `${locale}: ${kind}`),
    );
    expect(missing).toEqual([]);
  });
});
