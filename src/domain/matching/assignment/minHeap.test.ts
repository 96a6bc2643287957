import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from './minHeap';

describe('MinHeap', () => {
  it('pops keys in ascending order, growing as needed', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 200 }), (keys) => {
        const heap = new MinHeap(1);
        keys.forEach((key, node) => {
          heap.push(key, node);
        });
        const popped: number[] = [];
        while (heap.size > 0) {
          expect(keys[heap.topNode()]).toBe(heap.topKey());
          popped.push(heap.topKey());
          heap.pop();
        }
        expect(popped).toEqual([...keys].sort((a, b) => a - b));
      }),
    );
  });

  it('is empty again after clear', () => {
    const heap = new MinHeap();
    heap.push(1, 1);
    heap.clear();
    expect(heap.size).toBe(0);
  });
});
