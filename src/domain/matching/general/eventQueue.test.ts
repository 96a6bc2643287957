import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from './eventQueue';

describe('EventQueue', () => {
  it('pops entries in key order, with their payload', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { maxLength: 300 }),
        (keys) => {
          const queue = new EventQueue(2);
          keys.forEach((key, i) => {
            queue.push(key, i, i + 1, i + 2);
          });
          const popped: number[] = [];
          while (queue.size > 0) {
            queue.pop();
            expect(queue.stampA).toBe(queue.item + 1);
            expect(queue.stampB).toBe(queue.item + 2);
            expect(queue.key).toBe(keys[queue.item]);
            popped.push(queue.key);
          }
          expect(popped).toEqual([...keys].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('keeps heap order after dropping entries', () => {
    const queue = new EventQueue(4);
    for (let i = 0; i < 100; i++) queue.push((i * 37) % 101, i, 0, 0);
    queue.compact((item) => item % 3 === 0);
    expect(queue.size).toBe(34);
    let last = Number.NEGATIVE_INFINITY;
    while (queue.size > 0) {
      queue.pop();
      expect(queue.item % 3).toBe(0);
      expect(queue.key).toBeGreaterThanOrEqual(last);
      last = queue.key;
    }
  });
});
