import type { Seniority } from '../people/vocabulary';
import { mapHeader } from './columns';
import { parseCsv } from './csv';
import type { ImportIssue } from './issues';
import { type MatchedRow, matchPeople } from './matchPeople';
import { type ImportRole, readRow } from './readRow';
import { type ManagerRef, resolveManagers } from './resolveManagers';
import type { ExistingPerson, ImportSnapshot, NamedThing } from './snapshot';

/** A team or site that exists, or one the import creates by name. */
export type PlaceRef = { existing: string } | { create: string };

/** A person as they will be after the import. */
export interface PlannedPerson {
  line: number;
  existingId: string | null;
  email: string;
  externalId: string | null;
  name: string;
  role: ImportRole;
  jobTitle: string | null;
  team: PlaceRef | null;
  site: PlaceRef | null;
  manager: ManagerRef | null;
  startDate: string | null;
  seniority: Seniority | null;
  languages: string[];
  timeZone: string;
  locale: 'nl' | 'en';
  /** Null leaves the learning profile as it is. */
  supportNeed: number | null;
}

export interface ImportPlan {
  /** Lines of people in the file (the header and blank lines not counted). */
  rows: number;
  create: PlannedPerson[];
  /** Existing people the file changes. */
  update: PlannedPerson[];
  unchanged: number;
  /** Lines left out because of their errors (only with skipInvalid). */
  skipped: number;
  newTeams: string[];
  newSites: string[];
  errors: ImportIssue[];
  unknownColumns: string[];
}

const emptyPlan = (rows: number, errors: ImportIssue[], unknownColumns: string[]): ImportPlan => ({
  rows,
  create: [],
  update: [],
  unchanged: 0,
  skipped: 0,
  newTeams: [],
  newSites: [],
  errors,
  unknownColumns,
});

/**
 * Decides what an import file does, without doing it: who is created, who changes, which teams
 * and sites are new, and every line that cannot be imported and why. With any error nothing is
 * planned, unless `skipInvalid`, which plans the good lines and skips the others.
 */
export function planImport(
  csv: string,
  snapshot: ImportSnapshot,
  options: { skipInvalid: boolean; actorPersonId: string },
): ImportPlan {
  const parsed = parseCsv(csv);
  if (!parsed.ok) return emptyPlan(0, [{ line: parsed.line, code: parsed.code }], []);
  const [header, ...records] = parsed.records;
  if (!header) return emptyPlan(0, [{ line: 1, code: 'missing_column', column: 'email' }], []);
  const mapping = mapHeader(header.fields);
  const fileErrors: ImportIssue[] = [
    ...mapping.missing.map(
      (column): ImportIssue => ({ line: header.line, code: 'missing_column', column }),
    ),
    ...mapping.duplicated.map(
      (column): ImportIssue => ({ line: header.line, code: 'duplicate_column', column }),
    ),
  ];
  if (fileErrors.length > 0) return emptyPlan(records.length, fileErrors, mapping.unknown);

  const errors: ImportIssue[] = [];
  const valid: boolean[] = [];
  const rows = records.map((record, i) => {
    const { values, issues } = readRow(record, mapping.columns);
    errors.push(...issues);
    valid[i] = issues.length === 0;
    return values;
  });
  const lineIndex = new Map(rows.map((row, i) => [row.line, i]));
  const report = (issue: ImportIssue) => {
    errors.push(issue);
    valid[lineIndex.get(issue.line)!] = false;
  };
  const matched = matchPeople(rows, snapshot.people, report);
  matched.forEach(({ values, existing }) => {
    if (existing?.id === options.actorPersonId && values.role && values.role !== 'admin') {
      report({ line: values.line, code: 'own_role', column: 'role', value: values.role });
    }
  });
  const managers = resolveManagers(matched, valid, snapshot.people, (issue) => errors.push(issue));
  errors.sort((a, b) => a.line - b.line);

  if (errors.length > 0 && !options.skipInvalid) {
    return emptyPlan(rows.length, errors, mapping.unknown);
  }
  const kept = matched.map((row, i) => ({ row, i })).filter(({ i }) => valid[i]);
  const teams = new PlaceBook(snapshot.teams);
  const sites = new PlaceBook(snapshot.sites);
  const hasReports = new Set(
    [...managers.values()].map((ref) => ('existing' in ref ? ref.existing : `line:${ref.line}`)),
  );
  const plan = emptyPlan(rows.length, errors, mapping.unknown);
  plan.skipped = rows.length - kept.length;
  for (const { row, i } of kept) {
    const person = plannedPerson(row, managers.get(i), snapshot, teams, sites, hasReports);
    if (!row.existing) plan.create.push(person);
    else if (changes(row.existing, person)) plan.update.push(person);
    else plan.unchanged++;
  }
  plan.newTeams = teams.created();
  plan.newSites = sites.created();
  return plan;
}

function plannedPerson(
  { values, existing }: MatchedRow,
  manager: ManagerRef | undefined,
  snapshot: ImportSnapshot,
  teams: PlaceBook,
  sites: PlaceBook,
  hasReports: Set<string>,
): PlannedPerson {
  const key = existing?.id ?? `line:${values.line}`;
  let role = values.role ?? existing?.role ?? 'employee';
  // Managers are people with reports: someone the file gives reports becomes a manager,
  // unless the file says which role they have.
  if (!values.role && role === 'employee' && hasReports.has(key)) role = 'manager';
  const place = (book: PlaceBook, name: string | undefined, id: string | null | undefined) =>
    name !== undefined ? book.ref(name) : id ? { existing: id } : null;
  return {
    line: values.line,
    existingId: existing?.id ?? null,
    email: values.email,
    externalId: values.externalId ?? existing?.externalId ?? null,
    name: values.name,
    role,
    jobTitle: values.jobTitle ?? existing?.jobTitle ?? null,
    team: place(teams, values.team, existing?.teamId),
    site: place(sites, values.site, existing?.siteId),
    manager: manager ?? (existing?.managerId ? { existing: existing.managerId } : null),
    startDate: values.startDate ?? existing?.startDate ?? null,
    seniority: values.seniority ?? existing?.seniority ?? null,
    languages: values.languages ?? [...(existing?.languages ?? [])],
    timeZone: values.timeZone ?? existing?.timeZone ?? snapshot.defaults.timeZone,
    locale: values.locale ?? existing?.locale ?? snapshot.defaults.locale,
    supportNeed: values.supportNeed ?? null,
  };
}

function changes(before: ExistingPerson, after: PlannedPerson): boolean {
  const refId = (ref: PlaceRef | ManagerRef | null) =>
    ref === null ? null : 'existing' in ref ? ref.existing : undefined;
  return (
    before.email !== after.email ||
    before.externalId !== after.externalId ||
    before.name !== after.name ||
    before.role !== after.role ||
    before.jobTitle !== after.jobTitle ||
    before.teamId !== refId(after.team) ||
    before.siteId !== refId(after.site) ||
    before.managerId !== refId(after.manager) ||
    before.startDate !== after.startDate ||
    before.seniority !== after.seniority ||
    before.languages.join() !== after.languages.join() ||
    before.timeZone !== after.timeZone ||
    before.locale !== after.locale ||
    (after.supportNeed !== null && after.supportNeed !== before.supportNeed)
  );
}

/** Teams and sites by name, without case; a new name is created once, as first spelled. */
class PlaceBook {
  private readonly byName: Map<string, PlaceRef>;
  private readonly fresh: string[] = [];
  constructor(existing: readonly NamedThing[]) {
    this.byName = new Map(
      existing.map((thing) => [thing.name.toLowerCase(), { existing: thing.id }]),
    );
  }
  ref(name: string): PlaceRef {
    const key = name.toLowerCase();
    let ref = this.byName.get(key);
    if (!ref) {
      ref = { create: name };
      this.byName.set(key, ref);
      this.fresh.push(name);
    }
    return ref;
  }
  created(): string[] {
    return [...this.fresh];
  }
}
