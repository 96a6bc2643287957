/**
 * Up to two initials for the avatar that stands in for a photo: first and last word of the name
 * ("Anna de Smet" → "AS"), skipping lower-case particles such as "de" or "van" in between.
 */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : '';
  const letter = (word: string) => (Array.from(word)[0] ?? '').toLocaleUpperCase();
  return `${letter(first)}${letter(last)}`;
}
