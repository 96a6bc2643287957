import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/samen.mjs', ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });

describe('npx samen match solve', () => {
  it('solves an assignment problem from a file and prints JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samen-match-'));
    const file = join(dir, 'problem.json');
    writeFileSync(
      file,
      JSON.stringify({
        kind: 'assignment',
        left: ['a', 'b'],
        right: ['x', 'y'],
        edges: [
          ['a', 'x', 5],
          ['a', 'y', 4],
          ['b', 'x', 4],
        ],
        objective: 'max',
      }),
    );
    const result = run(['match', 'solve', '--input', file]);
    expect(result.status).toBe(0);
    const solution = JSON.parse(result.stdout);
    expect(solution.total).toBe(8);
    expect(solution.pairs).toEqual([
      ['a', 'y'],
      ['b', 'x'],
    ]);
  });

  it('exits 2 naming the problem for a bad problem on standard input', () => {
    const result = run(
      ['match', 'solve', '--input', '-'],
      '{"kind":"matching","nodes":["a"],"edges":[["a","z",1]]}',
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/z/);
  });
});
