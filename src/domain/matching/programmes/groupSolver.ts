/**
 * Coffee groups of three or four come from the groups solver. It may put an unlisted pair in a
 * group when the listed ones cannot cover everyone; for a programme an unlisted pair can be a
 * broken rule (a repeat, a do-not-pair wish), so such a group gives up members until every pair
 * left in it is allowed, and those members are seated again or reported.
 */
import { formGroups } from '../groups';
import type { PairBook } from './pairBook';
import { type IdEdge, toArrays } from './solvers';

export function solveGroups(
  nodes: readonly string[],
  edges: readonly IdEdge[],
  size: 2 | 3 | 4,
  search: { seed: number; effort: number },
): { groups: string[][]; exact: boolean } {
  // `exact`: the groups solver proved its total optimal on these edges.
  const index = new Map(nodes.map((id, i) => [id, i]));
  const { from, to, weight } = toArrays(edges, index, index);
  const problem = { nodeCount: nodes.length, edgeU: from, edgeV: to, edgeWeight: weight };
  const solution = formGroups(problem, { size, ...search });
  return {
    groups: solution.groups.map((group) => group.map((i) => nodes[i])),
    exact: solution.exact,
  };
}

/**
 * Removes, one at a time, the member in the most forbidden pairs (ties: the largest id) until
 * every pair inside is allowed. Returns the kept groups and the people taken out.
 */
export function dropForbidden(
  groups: string[][],
  book: PairBook,
): { kept: string[][]; removed: string[] } {
  const kept: string[][] = [];
  const removed: string[] = [];
  for (const group of groups) {
    const members = [...group];
    for (;;) {
      const conflicts = members.map(
        (a) => members.filter((b) => b !== a && !book.fit(a, b).allowed).length,
      );
      const worst = Math.max(0, ...conflicts);
      if (worst === 0) break;
      let out = -1;
      members.forEach((id, i) => {
        if (conflicts[i] === worst && (out < 0 || id > members[out])) out = i;
      });
      removed.push(...members.splice(out, 1));
    }
    if (members.length > 1) kept.push(members);
    else removed.push(...members);
  }
  return { kept, removed };
}
