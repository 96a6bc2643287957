import { describe, expect, it } from 'vitest';
import { type AssignmentState, auctionStart } from './auctionStart';
import { buildGraph } from './bipartiteGraph';
import { randomProblem, seededRandom } from './testing/randomProblem';

describe('auctionStart', () => {
  it('leaves a partial assignment that the shortest path phase can continue from', () => {
    const random = seededRandom(21);
    for (let trial = 0; trial < 40; trial++) {
      const n = 5 + Math.floor(random() * 60);
      const m = 3 + Math.floor(random() * 60);
      const problem = randomProblem(
        {
          leftCount: n,
          rightCount: m,
          density: 0.05 + random() * 0.5,
          minWeight: -10,
          maxWeight: trial % 2 === 0 ? 5 : 100,
          maxCapacity: trial % 3 === 0 ? 3 : 1,
        },
        random,
      );
      const capacity = Int32Array.from(problem.capacity ?? new Array(m).fill(1));
      const graph = buildGraph(n, m, capacity, {
        left: problem.edgeLeft,
        right: problem.edgeRight,
        weight: problem.edgeWeight,
        length: problem.edgeLeft.length,
      });
      const b = trial % 4 === 0 ? -1000 : 0;
      const state: AssignmentState = {
        rowCol: new Int32Array(n).fill(-1),
        rowSlot: new Int32Array(n).fill(-1),
        rowWeight: new Float64Array(n),
        rowDual: new Float64Array(n),
        colDual: new Float64Array(m),
        load: new Int32Array(m),
        slotRow: new Int32Array(graph.slotStart[m]).fill(-1),
      };
      const free = new Set(auctionStart(graph, state, b));
      const load = new Int32Array(m);
      for (let i = 0; i < n; i++) {
        if (free.has(i)) continue;
        const j = state.rowCol[i];
        if (j < 0) {
          expect(state.rowDual[i]).toBe(b);
        } else {
          load[j]++;
          expect(state.slotRow[state.rowSlot[i]]).toBe(i);
          expect(state.rowDual[i] + state.colDual[j]).toBeCloseTo(state.rowWeight[i], 9);
          expect(state.rowDual[i]).toBeGreaterThanOrEqual(b);
        }
        for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
          const slack = state.rowDual[i] + state.colDual[graph.col[e]] - graph.weight[e];
          expect(slack).toBeGreaterThanOrEqual(-1e-9);
        }
      }
      for (let j = 0; j < m; j++) {
        expect(load[j]).toBe(state.load[j]);
        expect(load[j]).toBeLessThanOrEqual(graph.capacity[j]);
        expect(state.colDual[j]).toBeGreaterThanOrEqual(0);
        if (load[j] < graph.capacity[j]) expect(state.colDual[j]).toBe(0);
      }
    }
  });
});
