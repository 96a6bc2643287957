import { describe, expect, it } from 'vitest';
import { sequentialUuids } from './sequentialUuids';

describe('sequentialUuids', () => {
  it('gives distinct, ascending, well-formed version 7 UUIDs', () => {
    const ids = sequentialUuids(100_000, new Date('2026-11-26T10:00:00Z'));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of [ids[0], ids[99_999]]) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(ids[0].slice(0, 13)).toBe(
      `${Date.parse('2026-11-26T10:00:00Z').toString(16).padStart(12, '0').slice(0, 8)}-${Date.parse('2026-11-26T10:00:00Z').toString(16).padStart(12, '0').slice(8)}`,
    );
  });

  it('keeps two batches made in the same millisecond apart', () => {
    const now = new Date();
    const first = new Set(sequentialUuids(1000, now));
    expect(sequentialUuids(1000, now).some((id) => first.has(id))).toBe(false);
  });
});
