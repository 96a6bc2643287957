/**
 * `samen match solve --input problem.json`: solves a low-level matching problem (see
 * docs/matching.md) and writes the answer as JSON. Exit codes: 0 solved, 2 bad usage or a bad
 * problem (the message names the mistake), 1 anything else.
 */
import { ProblemError, parseProblem, solveProblem } from '../../domain/matching/problem';

export interface MatchIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<string>;
  /** Reads all of standard input for `--input -`; the process's own stdin when not given. */
  readStdin?: () => Promise<string>;
}

const USAGE = `Usage: samen match solve --input <problem.json | ->

Solves a matching problem and prints the solution as JSON.
  kind "assignment"  bipartite, with capacities:  {"pairs", "total", "unmatched"}
  kind "matching"    pairs in a general graph:    {"pairs", "total", "unmatched"}
  kind "groups"      groups of 2 to 4:            {"groups", "total"}
Use "-" to read the problem from standard input. The format is described in docs/matching.md.`;

async function processStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

function inputPath(args: string[]): string | null {
  let path: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--input' || arg === '-i') {
      if (i + 1 >= args.length) return null;
      path = args[++i];
    } else if (arg.startsWith('--input=')) {
      path = arg.slice('--input='.length);
    } else {
      return null;
    }
  }
  return path;
}

export async function matchCommand(args: string[], io: MatchIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'help' || sub === '--help' || sub === '-h') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (sub !== 'solve') {
    io.stderr(`${sub ? `Unknown subcommand "${sub}".` : 'Missing subcommand.'}\n\n${USAGE}\n`);
    return 2;
  }
  const path = inputPath(rest);
  if (!path) {
    io.stderr(
      `samen match solve needs --input <file> (or --input - for standard input).\n\n${USAGE}\n`,
    );
    return 2;
  }

  let text: string;
  try {
    text = path === '-' ? await (io.readStdin ?? processStdin)() : await io.readFile(path);
  } catch (error) {
    io.stderr(
      `samen match solve: cannot read ${path === '-' ? 'standard input' : path}: ${(error as Error).message}\n`,
    );
    return 2;
  }

  try {
    const solution = solveProblem(parseProblem(text));
    io.stdout(`${JSON.stringify(solution)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ProblemError) {
      io.stderr(`samen match solve: ${error.message}\n`);
      return 2;
    }
    io.stderr(`samen match solve: unexpected failure: ${(error as Error).message}\n`);
    return 1;
  }
}
