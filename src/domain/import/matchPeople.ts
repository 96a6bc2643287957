import type { ImportIssue } from './issues';
import type { RowValues } from './readRow';
import type { ExistingPerson } from './snapshot';

export interface MatchedRow {
  values: RowValues;
  /** The existing person this line updates, or null for a new person. */
  existing: ExistingPerson | null;
}

/**
 * Finds the person each line is about: by external id when the file has one that Samen knows,
 * else by e-mail address. Reports lines that repeat an address, an id or a person, and lines
 * whose id and address point at two different people.
 */
export function matchPeople(
  rows: readonly RowValues[],
  people: readonly ExistingPerson[],
  report: (issue: ImportIssue) => void,
): MatchedRow[] {
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const byExternalId = new Map(
    people.filter((p) => p.externalId !== null).map((p) => [p.externalId!, p]),
  );
  const emailLines = new Map<string, number>();
  const idLines = new Map<string, number>();
  const personLines = new Map<string, number>();

  return rows.map((values) => {
    const { line, email, externalId } = values;
    // One reason per conflict: a line already refused for its address or id is not also
    // reported as repeating a person.
    let conflict = false;
    if (email) {
      const first = emailLines.get(email);
      if (first !== undefined) {
        conflict = true;
        report({
          line,
          code: 'duplicate_email',
          column: 'email',
          value: email,
          params: { line: first },
        });
      } else emailLines.set(email, line);
    }
    if (externalId !== undefined) {
      const first = idLines.get(externalId);
      if (first !== undefined) {
        report({
          line,
          code: 'duplicate_external_id',
          column: 'external_id',
          value: externalId,
          params: { line: first },
        });
      } else idLines.set(externalId, line);
    }

    let existing: ExistingPerson | null = null;
    const byId = externalId === undefined ? undefined : byExternalId.get(externalId);
    const withEmail = email ? byEmail.get(email) : undefined;
    if (byId) {
      existing = byId;
      if (withEmail && withEmail.id !== byId.id) {
        conflict = true;
        report({
          line,
          code: 'email_taken',
          column: 'email',
          value: email,
          params: { name: withEmail.name },
        });
      }
    } else if (withEmail) {
      existing = withEmail;
      if (externalId !== undefined && withEmail.externalId !== null) {
        conflict = true;
        report({
          line,
          code: 'external_id_mismatch',
          column: 'external_id',
          value: externalId,
          params: { existing: withEmail.externalId },
        });
      }
    }
    if (existing && !conflict) {
      const first = personLines.get(existing.id);
      if (first !== undefined) {
        report({ line, code: 'duplicate_person', params: { line: first, name: existing.name } });
      } else personLines.set(existing.id, line);
    }
    return { values, existing };
  });
}
