import { describe, expect, it } from 'vitest';
import { type MatchIo, matchCommand } from './match';

function fakeIo(files: Record<string, string>, stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: MatchIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path];
    },
    readStdin: stdin === undefined ? undefined : async () => stdin,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const PROBLEM = JSON.stringify({
  kind: 'matching',
  nodes: ['a', 'b', 'c'],
  edges: [
    ['a', 'b', 2],
    ['b', 'c', 5],
  ],
});

describe('samen match', () => {
  it('solves a problem file and prints JSON', async () => {
    const { io, out, err } = fakeIo({ 'problem.json': PROBLEM });
    expect(await matchCommand(['solve', '--input', 'problem.json'], io)).toBe(0);
    expect(JSON.parse(out())).toEqual({ pairs: [['b', 'c']], total: 5, unmatched: ['a'] });
    expect(err()).toBe('');
  });

  it('reads standard input for --input -', async () => {
    const { io, out } = fakeIo({}, PROBLEM);
    expect(await matchCommand(['solve', '--input=-'], io)).toBe(0);
    expect(JSON.parse(out()).total).toBe(5);
  });

  it.each([
    [['solve', '--input', 'broken.json'], /not valid JSON/],
    [['solve', '--input', 'bad-edge.json'], /edge 1 refers to unknown node id "zz"/],
    [['solve', '--input', 'missing.json'], /cannot read missing\.json: ENOENT/],
    [['solve'], /needs --input/],
    [['solve', '--input'], /needs --input/],
    [['solve', '--input', 'problem.json', '--fast'], /needs --input/],
    [['frobnicate'], /Unknown subcommand "frobnicate"/],
    [[], /Missing subcommand/],
  ])('%j exits with 2 and says why', async (args, message) => {
    const { io, out, err } = fakeIo({
      'problem.json': PROBLEM,
      'broken.json': '{"kind":',
      'bad-edge.json': '{"kind":"matching","nodes":["a","b"],"edges":[["a","b",1],["a","zz",1]]}',
    });
    expect(await matchCommand(args, io)).toBe(2);
    expect(err()).toMatch(message);
    expect(out()).toBe('');
  });

  it('prints usage on help', async () => {
    const { io, out } = fakeIo({});
    expect(await matchCommand(['--help'], io)).toBe(0);
    expect(out()).toContain('samen match solve --input');
  });
});
