import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopLists } from './topLists';

describe('TopLists', () => {
  it('keeps the k best of each list, best first, the earliest of ties winning', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 9 })), {
          maxLength: 60,
        }),
        (offers) => {
          const sizes = [3, 1, 0];
          const lists = new TopLists(sizes);
          offers.forEach(([list, score], item) => {
            lists.offer(list, score, item, score * 2);
          });
          for (let list = 0; list < 3; list++) {
            const expected = offers
              .map(([l, score], item) => ({ l, score, item }))
              .filter((o) => o.l === list)
              .sort((a, b) => b.score - a.score || a.item - b.item)
              .slice(0, sizes[list]);
            const begin = lists.start[list];
            const got = Array.from({ length: lists.count[list] }, (_, t) => ({
              l: list,
              score: lists.score[begin + t],
              item: lists.item[begin + t],
            }));
            expect(got).toEqual(expected);
            for (let t = 0; t < got.length; t++) {
              expect(lists.extra[begin + t]).toBe(got[t].score * 2);
            }
          }
        },
      ),
    );
  });

  it('refuses offers at or below the floor', () => {
    const lists = new TopLists([2], 0);
    lists.offer(0, 0, 1, 0);
    lists.offer(0, -1, 2, 0);
    lists.offer(0, 0.5, 3, 0);
    expect(lists.count[0]).toBe(1);
    expect(lists.item[0]).toBe(3);
  });
});
