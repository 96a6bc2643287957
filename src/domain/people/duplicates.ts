/** Positions of items whose key already appeared earlier in the list: the ones to report. */
export function duplicateIndexes<T>(items: readonly T[], keyOf: (item: T) => string): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) repeated.push(index);
    seen.add(key);
  });
  return repeated;
}
