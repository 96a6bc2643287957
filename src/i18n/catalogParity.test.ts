import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadResources } from './catalog';
import { locales } from './locales';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

function texts(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : texts(value, `${prefix}${key}.`),
  );
}

describe('every catalog, server and web', () => {
  const resources = loadResources();
  const namespaces = readdirSync(new URL('./locales/en', import.meta.url)).map((file) =>
    file.replace(/\.json$/, ''),
  );

  it.each(namespaces)('%s has the same keys and placeholders in every language', (namespace) => {
    const [first, ...others] = locales;
    const reference = resources[first][namespace] as Catalog;
    for (const locale of others) {
      const other = resources[locale][namespace] as Catalog | undefined;
      expect(other, `${locale}/${namespace}.json`).toBeDefined();
      expect(flatten(other!).sort(), `${locale}/${namespace}`).toEqual(flatten(reference).sort());
      const theirs = new Map(texts(other!));
      for (const [key, text] of texts(reference)) {
        expect(placeholders(theirs.get(key) ?? ''), `${locale}/${namespace}:${key}`).toEqual(
          placeholders(text),
        );
      }
    }
  });
});
