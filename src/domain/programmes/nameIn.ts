/**
 * A name kept per language ({ nl, en }) in the reader's language; an empty or missing one falls
 * back to English, then to any language that has it.
 */
export function nameIn(names: Readonly<Record<string, string>>, language: string): string {
  return names[language] || names.en || Object.values(names).find((name) => name) || '';
}
