import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCertificate } from './checkCertificate';
import { solveAssignment } from './solveAssignment';
import { solveDenseAssignment } from './solveDenseAssignment';
import { type RandomProblemSpec, randomProblem, seededRandom } from './testing/randomProblem';
import type { AssignmentObjective, AssignmentProblem } from './types';

// Needs python3 with scipy (the test runner only picks up *.py.test.ts where they exist).
const script = join(import.meta.dirname, '../../../../test/reference/assignment_reference.py');
const folder = mkdtempSync(join(tmpdir(), 'samen-assignment-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Reference {
  total: number;
  pairs: number;
  minWeight: number | null;
}

function scipyReference(
  cases: Array<{ problem: AssignmentProblem; objective: AssignmentObjective }>,
): Reference[] {
  const file = join(folder, 'instances.json');
  const instances = cases.map(({ problem, objective }) => ({
    leftCount: problem.leftCount,
    rightCount: problem.rightCount,
    capacity: problem.capacity === undefined ? null : Array.from(problem.capacity),
    edges: Array.from(problem.edgeLeft, (left, e) => [
      left,
      problem.edgeRight[e],
      problem.edgeWeight[e],
    ]),
    objective,
  }));
  writeFileSync(file, JSON.stringify(instances));
  const run = spawnSync('python3', [script, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`reference script failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Reference[];
}

function expectSameOptimum(found: { total: number; pairs: unknown[] }, reference: Reference) {
  const scale = Math.max(1, Math.abs(reference.total));
  expect(Math.abs(found.total - reference.total) / scale).toBeLessThan(1e-6);
}

const specs: Array<RandomProblemSpec & { name: string }> = [
  {
    name: 'dense 300 x 300',
    leftCount: 300,
    rightCount: 300,
    density: 1,
    minWeight: 0,
    maxWeight: 1000,
  },
  {
    name: 'dense real weights',
    leftCount: 250,
    rightCount: 250,
    density: 1,
    minWeight: -1,
    maxWeight: 1,
    real: true,
  },
  {
    name: 'sparse 300 x 300',
    leftCount: 300,
    rightCount: 300,
    density: 0.03,
    minWeight: -20,
    maxWeight: 100,
  },
  {
    name: 'rectangular 150 x 300',
    leftCount: 150,
    rightCount: 300,
    density: 0.2,
    minWeight: 0,
    maxWeight: 50,
  },
  {
    name: 'rectangular 300 x 100 with capacities',
    leftCount: 300,
    rightCount: 100,
    density: 0.1,
    minWeight: -5,
    maxWeight: 30,
    maxCapacity: 3,
    allowZeroCapacity: true,
  },
  {
    name: 'few distinct weights',
    leftCount: 200,
    rightCount: 220,
    density: 0.5,
    minWeight: 0,
    maxWeight: 3,
  },
];

describe('solveAssignment against scipy.optimize.linear_sum_assignment', () => {
  const random = seededRandom(2026);
  const cases = specs.flatMap((spec) => {
    const problem = randomProblem(spec, random);
    return (['max-total', 'max-cardinality', 'max-min'] as const).map((objective) => ({
      name: spec.name,
      problem,
      objective,
    }));
  });
  const references = scipyReference(cases);

  cases.forEach(({ name, problem, objective }, at) => {
    it(`${name}, ${objective}`, () => {
      const reference = references[at];
      const solution = solveAssignment(problem, { objective });
      expectSameOptimum(solution, reference);
      expect(checkCertificate(problem, solution, objective)).toEqual([]);
      if (objective !== 'max-total') expect(solution.pairs).toHaveLength(reference.pairs);
      if (objective === 'max-min') {
        expect(solution.certificate?.minWeight ?? null).toBe(reference.minWeight);
      }
    });
  });

  it('dense matrices, plain and shortlisted, agree with scipy', () => {
    const denseCases = specs
      .filter((spec) => spec.density === 1)
      .map((spec) => ({ problem: randomProblem(spec, random), objective: 'max-total' as const }));
    const denseReferences = scipyReference(denseCases);
    denseCases.forEach(({ problem }, at) => {
      for (const shortlist of [0, 10]) {
        const solution = solveDenseAssignment(
          problem.leftCount,
          problem.rightCount,
          problem.edgeWeight,
          {
            shortlist,
          },
        );
        expectSameOptimum(solution, denseReferences[at]);
      }
    });
  });
});
