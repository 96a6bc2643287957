import { describe, expect, it } from 'vitest';
import { orderTeamTree } from './teamTree';

const team = (id: string, parentId: string | null, name = id) => ({ id, parentId, name });

describe('orderTeamTree', () => {
  it('lists each team after its parent, siblings by name, with depth', () => {
    const ordered = orderTeamTree([
      team('sales-gent', 'sales', 'Sales Gent'),
      team('hr', 'root', 'HR'),
      team('root', null, 'Board'),
      team('sales', 'root', 'Sales'),
      team('sales-antwerp', 'sales', 'sales Antwerp'),
    ]);
    expect(ordered.map((t) => [t.id, t.depth])).toEqual([
      ['root', 0],
      ['hr', 1],
      ['sales', 1],
      ['sales-antwerp', 2],
      ['sales-gent', 2],
    ]);
  });

  it('treats a team with an unknown parent as a top team', () => {
    expect(orderTeamTree([team('a', 'gone')]).map((t) => t.depth)).toEqual([0]);
  });

  it('still lists teams caught in a loop', () => {
    const ordered = orderTeamTree([team('a', 'b'), team('b', 'a'), team('c', null)]);
    expect(ordered.map((t) => [t.id, t.depth])).toEqual([
      ['c', 0],
      ['a', 0],
      ['b', 1],
    ]);
  });
});
