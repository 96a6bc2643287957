import type { ImportIssue } from './issues';
import type { MatchedRow } from './matchPeople';
import type { ExistingPerson } from './snapshot';

/** A manager is someone already in Samen, or someone created by another line of the file. */
export type ManagerRef = { existing: string } | { line: number };

const keyOf = (ref: ManagerRef) => ('existing' in ref ? ref.existing : `line:${ref.line}`);

/**
 * Resolves each line's manager e-mail against the other lines and the people already in Samen,
 * then looks for cycles in the reporting lines as they would be after the import (including
 * people the file does not mention). Lines that cannot be imported make the lines that depend
 * on them fail too, so this repeats until nothing changes. `valid` is updated in place.
 *
 * Returns the manager each valid line sets; a line without a manager e-mail keeps what Samen has.
 */
export function resolveManagers(
  rows: readonly MatchedRow[],
  valid: boolean[],
  people: readonly ExistingPerson[],
  report: (issue: ImportIssue) => void,
): Map<number, ManagerRef> {
  const existingByEmail = new Map(people.map((p) => [p.email, p]));
  const existingById = new Map(people.map((p) => [p.id, p]));
  const rowKey = (i: number) => rows[i].existing?.id ?? `line:${rows[i].values.line}`;
  const unknownReported = new Set<number>();
  const fail = (i: number, issue: Omit<ImportIssue, 'line'>) => {
    valid[i] = false;
    report({ line: rows[i].values.line, ...issue });
  };

  for (;;) {
    const validByEmail = new Map<string, number>();
    const invalidByEmail = new Map<string, number>();
    rows.forEach((row, i) => {
      if (!row.values.email) return;
      const target = valid[i] ? validByEmail : invalidByEmail;
      if (!target.has(row.values.email)) target.set(row.values.email, i);
    });

    const managers = new Map<number, ManagerRef>();
    let changed = false;
    rows.forEach((row, i) => {
      const email = row.values.managerEmail;
      if (email === undefined) return;
      const inFile = validByEmail.get(email);
      const existing = existingByEmail.get(email);
      if (!valid[i]) {
        // Already refused; still worth saying that its manager is unknown, once.
        if (!inFile && !existing && !invalidByEmail.has(email) && !unknownReported.has(i)) {
          unknownReported.add(i);
          report({
            line: row.values.line,
            code: 'unknown_manager',
            column: 'manager_email',
            value: email,
          });
        }
        return;
      }
      if (inFile !== undefined) {
        const ref = rows[inFile].existing
          ? { existing: rows[inFile].existing!.id }
          : { line: rows[inFile].values.line };
        managers.set(i, ref);
      } else if (existing) {
        managers.set(i, { existing: existing.id });
      } else if (invalidByEmail.has(email)) {
        fail(i, {
          code: 'manager_invalid',
          column: 'manager_email',
          value: email,
          params: { line: rows[invalidByEmail.get(email)!].values.line },
        });
        changed = true;
      } else {
        unknownReported.add(i);
        fail(i, { code: 'unknown_manager', column: 'manager_email', value: email });
        changed = true;
      }
    });
    if (changed) continue;

    // The reporting line after the import: the file's lines first, then what Samen has.
    const rowByKey = new Map<string, number>();
    rows.forEach((_, i) => {
      if (valid[i]) rowByKey.set(rowKey(i), i);
    });
    const managerOf = (key: string): string | null => {
      const i = rowByKey.get(key);
      if (i !== undefined) {
        const ref = managers.get(i);
        if (ref) return keyOf(ref);
        return rows[i].existing?.managerId ?? null;
      }
      return existingById.get(key)?.managerId ?? null;
    };
    const emailOf = (key: string) => {
      const i = rowByKey.get(key);
      return i !== undefined ? rows[i].values.email : (existingById.get(key)?.email ?? key);
    };

    const done = new Set<string>();
    const inCycle = new Set<string>();
    const chains = new Map<string, string>();
    for (const start of rowByKey.keys()) {
      const path: string[] = [];
      const onPath = new Map<string, number>();
      let key: string | null = start;
      while (key !== null && !done.has(key) && !onPath.has(key)) {
        onPath.set(key, path.length);
        path.push(key);
        key = managerOf(key);
      }
      if (key !== null && onPath.has(key)) {
        const cycle = path.slice(onPath.get(key));
        const chain = [...cycle, cycle[0]].map(emailOf).join(' → ');
        for (const member of cycle) {
          inCycle.add(member);
          chains.set(member, chain);
        }
      }
      for (const visited of path) done.add(visited);
    }
    // The lines that set a manager close the cycle; a line that keeps its manager is not to blame.
    for (const key of inCycle) {
      const i = rowByKey.get(key);
      if (i === undefined || !managers.has(i)) continue;
      fail(i, {
        code: 'manager_cycle',
        column: 'manager_email',
        value: rows[i].values.managerEmail,
        params: { chain: chains.get(key)! },
      });
      changed = true;
    }
    if (!changed) return managers;
  }
}
