import { nameIn } from '../../../domain/programmes/nameIn';

/** A programme's name or description in the UI language, English when that one is empty. */
export function localised(value: { nl: string; en: string }, language: string): string {
  return nameIn(value, language);
}
