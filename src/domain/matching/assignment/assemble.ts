import type { CoreAssignment } from './sparseSolver';
import type { AssignmentCertificate, AssignmentSolution, AssignmentStats } from './types';

export interface AssemblyInput {
  core: CoreAssignment;
  unmatchedValue: number;
  requestedCapacity: ArrayLike<number> | undefined;
  cardinalityBound?: number;
  stats: AssignmentStats;
}

/** Turns the solver's arrays into the public answer, with the dual values as its certificate. */
export function assembleSolution(input: AssemblyInput): AssignmentSolution {
  const { core, unmatchedValue, requestedCapacity } = input;
  const pairs: Array<[number, number]> = [];
  const unmatchedLeft: number[] = [];
  let total = 0;
  for (let i = 0; i < core.rowCol.length; i++) {
    const j = core.rowCol[i];
    if (j < 0) {
      unmatchedLeft.push(i);
    } else {
      pairs.push([i, j]);
      total += core.rowWeight[i];
    }
  }
  let dualObjective = 0;
  for (let i = 0; i < core.rowDual.length; i++) dualObjective += core.rowDual[i];
  for (let j = 0; j < core.colDual.length; j++) {
    // A dual is positive only on a full right node, whose capacity is therefore finite.
    if (core.colDual[j] > 0) {
      dualObjective +=
        (requestedCapacity === undefined ? 1 : requestedCapacity[j]) * core.colDual[j];
    }
  }
  const certificate: AssignmentCertificate = {
    leftDual: core.rowDual,
    rightDual: core.colDual,
    unmatchedValue,
    primalObjective: total + (unmatchedValue === 0 ? 0 : unmatchedValue * unmatchedLeft.length),
    dualObjective,
  };
  if (input.cardinalityBound !== undefined) certificate.cardinalityBound = input.cardinalityBound;
  return { pairs, total, unmatchedLeft, certificate, stats: input.stats };
}

/**
 * A right node with no capacity takes nobody, so its dual costs nothing in the dual objective:
 * raise it just enough that every edge towards it is covered.
 */
export function coverClosedColumns(
  capacity: Int32Array,
  forEachClosedEdge: (visit: (row: number, col: number, weight: number) => void) => void,
  rowDual: Float64Array,
  colDual: Float64Array,
): void {
  let anyClosed = false;
  for (let j = 0; j < capacity.length; j++) if (capacity[j] === 0) anyClosed = true;
  if (!anyClosed) return;
  forEachClosedEdge((row, col, weight) => {
    const needed = weight - rowDual[row];
    if (needed > colDual[col]) colDual[col] = needed;
  });
}
