import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeListBuilder } from './bipartiteGraph';

describe('buildGraph', () => {
  it('groups edges by row, keeps the best of repeated pairs and drops closed or light edges', () => {
    const edges = new EdgeListBuilder(2);
    for (const [i, j, w] of [
      [1, 0, 3],
      [0, 1, 2],
      [1, 0, 8],
      [0, 2, 5],
      [1, 2, -4],
      [0, 1, 1],
    ]) {
      edges.push(i, j, w);
    }
    const graph = buildGraph(2, 3, Int32Array.of(2, 1, 0), edges.build(), -1);
    expect([...graph.rowStart]).toEqual([0, 1, 2]);
    expect([...graph.col]).toEqual([1, 0]);
    expect([...graph.weight]).toEqual([2, 8]);
    // Capacity is cut to the number of allowed partners: right 0 has one.
    expect([...graph.capacity]).toEqual([1, 1, 0]);
    expect([...graph.slotStart]).toEqual([0, 1, 2, 2]);
  });

  it('grows its edge list past the first allocation', () => {
    const edges = new EdgeListBuilder(1);
    for (let e = 0; e < 100; e++) edges.push(e % 7, e % 5, e);
    expect(edges.length).toBe(100);
    const graph = buildGraph(7, 5, new Int32Array(5).fill(7), edges.build());
    expect(graph.col.length).toBe(35);
    expect(Math.max(...graph.weight)).toBe(99);
  });
});
