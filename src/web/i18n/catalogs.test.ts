import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = new URL('../../i18n/locales/', import.meta.url).pathname;
const webDir = new URL('..', import.meta.url).pathname;

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

const catalog = (locale: string, namespace: string): Catalog =>
  JSON.parse(readFileSync(join(localesDir, locale, `${namespace}.json`), 'utf8'));

/** The namespaces the web app bundles: the ones its catalog loader asks for. */
const webNamespaces = [
  ...readFileSync(new URL('./setup.ts', import.meta.url).pathname, 'utf8').matchAll(
    /locales\/\*\/(\w+)\.json/g,
  ),
].map(([, namespace]) => namespace);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the web app catalogs', () => {
  it('have the same keys in Dutch and English', () => {
    expect(webNamespaces).toEqual(expect.arrayContaining(['web', 'common']));
    for (const namespace of webNamespaces) {
      expect(flatten(catalog('nl', namespace)).sort(), namespace).toEqual(
        flatten(catalog('en', namespace)).sort(),
      );
    }
  });

  it('hold every key the app asks for by name', () => {
    const web = flatten(catalog('en', 'web'));
    const known = new Set([
      ...web,
      ...web.map((key) => `web:${key}`),
      ...webNamespaces.flatMap((namespace) =>
        flatten(catalog('en', namespace)).map((key) => `${namespace}:${key}`),
      ),
    ]);
    const missing: string[] = [];
    for (const file of sources(webDir)) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\('([^']+)'/g)) {
        const plural = [`${key}_one`, `${key}_other`].every((k) => known.has(k));
        if (!known.has(key) && !plural) missing.push(`${file.replace(webDir, '')}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
