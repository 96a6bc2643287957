import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type GeneralMatchingProblem, maxWeightMatching, verifyMatching } from './index';

const script = join(import.meta.dirname, '../../../../test/reference/general_reference.py');
const folder = mkdtempSync(join(tmpdir(), 'samen-general-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Instance {
  nodeCount: number;
  edges: Array<[number, number, number]>;
  maxCardinality: boolean;
}

interface Reference {
  total: number;
  cardinality: number;
}

function reference(instances: Instance[]): Reference[] {
  const file = join(folder, 'instances.json');
  writeFileSync(file, JSON.stringify(instances));
  const out = execFileSync('python3', [script, file], { maxBuffer: 1 << 28, timeout: 240_000 });
  return JSON.parse(out.toString());
}

function random(seed: number): () => number {
  let s = seed | 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Random graphs from very sparse to dense, some with negative weights, up to 300 vertices. */
function instances(count: number, seed: number): Instance[] {
  const next = random(seed);
  const out: Instance[] = [];
  for (let i = 0; i < count; i++) {
    const n = i < 4 ? 300 : 2 + Math.floor(next() * 120);
    const density = i < 4 ? 0.04 + 0.03 * i : next() ** 2;
    const low = i % 3 === 0 ? -300 : 1;
    const edges: Array<[number, number, number]> = [];
    for (let u = 0; u < n; u++) {
      for (let v = u + 1; v < n; v++) {
        if (next() < density) edges.push([u, v, low + Math.floor(next() * 1000)]);
      }
    }
    out.push({ nodeCount: n, edges, maxCardinality: i % 2 === 1 });
  }
  return out;
}

const toProblem = (instance: Instance): GeneralMatchingProblem => ({
  nodeCount: instance.nodeCount,
  edgeU: Int32Array.from(instance.edges.map((e) => e[0])),
  edgeV: Int32Array.from(instance.edges.map((e) => e[1])),
  edgeWeight: Float64Array.from(instance.edges.map((e) => e[2])),
});

describe('maxWeightMatching against networkx.max_weight_matching', () => {
  it('agrees on the optimum of random graphs up to 300 vertices', () => {
    const cases = instances(40, 4242);
    const expected = reference(cases);
    cases.forEach((instance, i) => {
      const p = toProblem(instance);
      for (const shortlist of [0, 3, 8]) {
        const solution = maxWeightMatching(p, {
          maxCardinality: instance.maxCardinality,
          shortlist,
        });
        expect(solution.total, `instance ${i}, shortlist ${shortlist}`).toBe(expected[i].total);
        if (instance.maxCardinality) expect(solution.pairs.length).toBe(expected[i].cardinality);
        expect(verifyMatching(p, solution, { maxCardinality: instance.maxCardinality })).toEqual(
          [],
        );
      }
    });
  }, 300_000);
});
