import { describe, expect, it } from 'vitest';
import { markShortlists } from './shortlist';

describe('markShortlists', () => {
  it('keeps the union of each vertex’s k heaviest candidate edges', () => {
    // Star around 0 plus a light edge 1-2; edge 4 is not a candidate.
    const edgeU = Int32Array.from([0, 0, 0, 1, 0]);
    const edgeV = Int32Array.from([1, 2, 3, 2, 4]);
    const weight = Float64Array.from([5, 9, 7, 1, 100]);
    const candidate = Uint8Array.from([1, 1, 1, 1, 0]);
    const chosen = new Uint8Array(5);
    const marked = markShortlists(5, edgeU, edgeV, weight, candidate, 1, chosen);
    // Vertex 0 keeps 0-2; 1 keeps 0-1; 2 keeps 0-2; 3 keeps 0-3.
    expect([...chosen]).toEqual([1, 1, 1, 0, 0]);
    expect(marked).toBe(3);
  });

  it('breaks ties by edge id, so the choice is deterministic', () => {
    const edgeU = Int32Array.from([0, 0, 0]);
    const edgeV = Int32Array.from([1, 2, 3]);
    const weight = Float64Array.from([4, 4, 4]);
    const chosen = new Uint8Array(3);
    markShortlists(4, edgeU, edgeV, weight, Uint8Array.from([1, 1, 1]), 2, chosen);
    // Vertex 0 keeps the two lowest ids; the leaves keep their only edge.
    expect([...chosen]).toEqual([1, 1, 1]);
    const leafless = new Uint8Array(4);
    markShortlists(
      5,
      Int32Array.from([0, 0, 0, 1]),
      Int32Array.from([1, 2, 3, 4]),
      Float64Array.from([4, 4, 4, 9]),
      Uint8Array.from([1, 1, 1, 1]),
      1,
      leafless,
    );
    // 0 keeps 0-1 (lowest id among equals), 1 keeps 1-4, 2 and 3 keep their only edge.
    expect([...leafless]).toEqual([1, 1, 1, 1]);
    const hubs = new Uint8Array(4);
    markShortlists(
      5,
      Int32Array.from([0, 0, 0, 4]),
      Int32Array.from([1, 2, 3, 4]),
      Float64Array.from([4, 4, 4, 9]),
      Uint8Array.from([1, 1, 1, 0]),
      1,
      hubs,
    );
    expect([...hubs]).toEqual([1, 1, 1, 0]);
  });
});
