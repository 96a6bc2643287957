import { cardinalityBound } from './cardinalityPenalty';
import type {
  AssignmentObjective,
  AssignmentProblem,
  AssignmentSolution,
  VertexCover,
} from './types';

/**
 * Independent check of a solution against its problem: the pairs are allowed and respect the
 * capacities, the total adds up, and the certificate proves optimality for the objective (see
 * AssignmentCertificate). Returns what is wrong; an empty list means the solution is proven
 * optimal up to `relativeTolerance` times the largest number involved. It shares no code with the
 * solvers on purpose, so a mistake there cannot hide here.
 */
export function checkCertificate(
  problem: AssignmentProblem,
  solution: AssignmentSolution,
  objective: AssignmentObjective = 'max-total',
  relativeTolerance = 1e-9,
): string[] {
  const errors: string[] = [];
  const { leftCount: n, rightCount: m, edgeLeft, edgeRight, edgeWeight } = problem;
  const capacityOf = (j: number): number =>
    problem.capacity === undefined ? 1 : problem.capacity[j];
  const best = new Map<number, number>();
  for (let e = 0; e < edgeLeft.length; e++) {
    const key = edgeLeft[e] * m + edgeRight[e];
    const known = best.get(key);
    if (known === undefined || edgeWeight[e] > known) best.set(key, edgeWeight[e]);
  }

  const matchedLeft = new Uint8Array(n);
  const load = new Float64Array(m);
  let total = 0;
  let worst = Number.POSITIVE_INFINITY;
  for (const [i, j] of solution.pairs) {
    const w = best.get(i * m + j);
    if (w === undefined) {
      errors.push(`pair (${i}, ${j}) is not an allowed edge`);
      continue;
    }
    if (matchedLeft[i]) errors.push(`left ${i} is matched twice`);
    matchedLeft[i] = 1;
    load[j]++;
    total += w;
    worst = Math.min(worst, w);
  }
  for (let j = 0; j < m; j++) {
    if (load[j] > capacityOf(j)) errors.push(`right ${j} takes ${load[j]} > ${capacityOf(j)}`);
  }
  const unmatched: number[] = [];
  for (let i = 0; i < n; i++) if (!matchedLeft[i]) unmatched.push(i);
  if (unmatched.join() !== solution.unmatchedLeft.join()) errors.push('unmatchedLeft is wrong');

  let scale = 1;
  for (const w of best.values()) scale = Math.max(scale, Math.abs(w));
  const certificate = solution.certificate;
  if (certificate === undefined) return [...errors, 'no certificate'];
  const b = certificate.unmatchedValue;
  scale = Math.max(scale, Math.abs(b), Math.abs(total));
  const tolerance = relativeTolerance * scale;
  if (Math.abs(total - solution.total) > tolerance) {
    errors.push(`total ${solution.total} differs from the pairs' sum ${total}`);
  }

  const floor =
    objective === 'max-min' ? (certificate.minWeight ?? Number.NEGATIVE_INFINITY) : -Infinity;
  if (objective === 'max-min' && solution.pairs.length > 0 && worst !== floor) {
    errors.push(`minWeight ${floor} is not the worst pair's weight ${worst}`);
  }
  const u = certificate.leftDual;
  const v = certificate.rightDual;
  if (u.length !== n || v.length !== m) return [...errors, 'dual arrays have the wrong length'];
  for (const [key, w] of best) {
    const i = Math.floor(key / m);
    const j = key - i * m;
    if (w >= floor && u[i] + v[j] < w - tolerance) {
      errors.push(`edge (${i}, ${j}, ${w}) is not covered: ${u[i]} + ${v[j]}`);
    }
  }
  let dual = 0;
  for (let i = 0; i < n; i++) {
    if (u[i] < b - tolerance) errors.push(`leftDual[${i}] = ${u[i]} is below ${b}`);
    dual += u[i];
  }
  for (let j = 0; j < m; j++) {
    if (v[j] < -tolerance) errors.push(`rightDual[${j}] = ${v[j]} is negative`);
    if (v[j] > 0) dual += capacityOf(j) * v[j];
  }
  const primal = total + b * unmatched.length;
  if (!(Math.abs(dual - primal) <= tolerance * (n + m + 1))) {
    errors.push(`duality gap: dual ${dual} versus primal ${primal}`);
  }

  if (objective === 'max-total' && b !== 0) errors.push('max-total needs unmatchedValue 0');
  if (objective !== 'max-total') {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const [key, w] of best) {
      if (w >= floor && capacityOf(key % m) > 0) {
        min = Math.min(min, w);
        max = Math.max(max, w);
      }
    }
    let room = 0;
    for (let j = 0; j < m; j++) room += Math.min(capacityOf(j), n);
    const bound = cardinalityBound({ min, max }, Math.min(n, room));
    if (!(-b > bound)) errors.push(`penalty ${-b} does not exceed ${bound}`);
  }
  if (objective === 'max-min') {
    const all = coverErrors(certificate.cardinalityCover, best, m, capacityOf, -Infinity, n);
    errors.push(...all.map((e) => `cardinalityCover: ${e}`));
    if (
      certificate.cardinalityCover &&
      certificate.cardinalityCover.size !== solution.pairs.length
    ) {
      errors.push('cardinalityCover is not as small as the assignment');
    }
    const heavier = [...best].some(([key, w]) => w > floor && capacityOf(key % m) > 0);
    if (heavier) {
      const stronger = coverErrors(certificate.strongerCover, best, m, capacityOf, floor, n);
      errors.push(...stronger.map((e) => `strongerCover: ${e}`));
      if (certificate.strongerCover && certificate.strongerCover.size >= solution.pairs.length) {
        errors.push('strongerCover is not smaller than the assignment');
      }
    }
  }
  return errors;
}

/** Checks that `cover` touches every usable edge heavier than `above` and has the size it claims. */
function coverErrors(
  cover: VertexCover | undefined,
  best: Map<number, number>,
  m: number,
  capacityOf: (j: number) => number,
  above: number,
  n: number,
): string[] {
  if (cover === undefined) return ['missing'];
  const errors: string[] = [];
  const left = new Set(cover.left);
  const right = new Set(cover.right);
  const degree = new Float64Array(m);
  for (const [key, w] of best) {
    const i = Math.floor(key / m);
    const j = key - i * m;
    if (!(w > above) || capacityOf(j) === 0) continue;
    degree[j]++;
    if (!left.has(i) && !right.has(j)) errors.push(`edge (${i}, ${j}) is not covered`);
  }
  let size = left.size;
  for (const j of right) size += Math.min(capacityOf(j), degree[j], n);
  if (size !== cover.size) errors.push(`size is ${size}, not ${cover.size}`);
  return errors;
}
