import { dutchFirstNames, dutchLastNames } from './names/dutch';
import { englishFirstNames, englishLastNames } from './names/english';
import { frenchFirstNames, frenchLastNames } from './names/french';
import type { Random } from './random';
import { type Language, nativeLanguageByRegion, type Region } from './sites';

const names: Record<'nl' | 'fr' | 'en', { first: readonly string[]; last: readonly string[] }> = {
  nl: { first: dutchFirstNames, last: dutchLastNames },
  fr: { first: frenchFirstNames, last: frenchLastNames },
  en: { first: englishFirstNames, last: englishLastNames },
};

export function nativeLanguage(region: Region, random: Random): Language {
  return random.weighted(nativeLanguageByRegion[region]);
}

/** A first and last name that fit the mother tongue; German and Spanish speakers are rare here. */
export function personName(native: Language, random: Random): { first: string; last: string } {
  const list = names[native === 'nl' || native === 'fr' ? native : 'en'];
  return { first: random.pick(list.first), last: random.pick(list.last) };
}

/**
 * Languages someone works in, mother tongue first. Dutch speakers more often speak French than
 * the other way round; in Brussels nearly everyone gets by in both; English is common to all.
 */
export function spokenLanguages(native: Language, region: Region, random: Random): Language[] {
  const languages: Language[] = [native];
  const add = (language: Language, probability: number) => {
    if (!languages.includes(language) && random.chance(probability)) languages.push(language);
  };
  const brussels = region === 'brussels';
  if (native === 'nl') {
    add('en', 0.88);
    add('fr', brussels ? 0.85 : 0.5);
  } else if (native === 'fr') {
    add('en', 0.72);
    add('nl', brussels ? 0.6 : 0.22);
  } else {
    add('fr', brussels ? 0.35 : 0.12);
    add('nl', region === 'flanders' ? 0.25 : 0.08);
  }
  add('de', 0.05);
  add('es', 0.03);
  return languages;
}

/** An address part from a name: no accents, spaces or apostrophes ("Van den Broeck" → "vandenbroeck"). */
export function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '');
}

/** Gives everyone a distinct first.last address; namesakes get a number. */
export class EmailBook {
  private readonly seen = new Map<string, number>();
  constructor(private readonly domain: string) {}

  address(first: string, last: string): string {
    const base = `${emailPart(first)}.${emailPart(last)}`;
    const count = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, count);
    return `${count === 1 ? base : `${base}${count}`}@${this.domain}`;
  }
}
