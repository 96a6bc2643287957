import { randomUUID } from 'node:crypto';
import type { BulkImportRepository, PersonRow } from '../../db/repositories/bulkImport';
import type { ImportSnapshotRepository } from '../../db/repositories/importSnapshot';
import type { ImportIssue } from '../../domain/import/issues';
import { type PlaceRef, type PlannedPerson, planImport } from '../../domain/import/planImport';
import type { ManagerRef } from '../../domain/import/resolveManagers';
import type { Actor } from '../actor';
import { forbidden } from '../errors';

export interface ImportPeopleDeps {
  snapshot: ImportSnapshotRepository;
  writer: BulkImportRepository;
  newId?: () => string;
}

export interface ImportPeopleInput {
  csv: string;
  /** Check and count, write nothing. */
  dryRun: boolean;
  /** Import the good lines even when others have errors. */
  skipInvalid: boolean;
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: ImportIssue[];
  unknownColumns: string[];
  dryRun: boolean;
  /** Whether anything was (or, in a dry run, would be) written: false when errors stop it. */
  written: boolean;
}

/**
 * Imports people from an HR export: creates the new ones, updates the known ones (by external
 * id, else e-mail), creates teams and sites by name, and sets managers. Admins only. Run inside
 * one transaction: with any error nothing is written, unless skipInvalid.
 */
export async function importPeople(
  deps: ImportPeopleDeps,
  actor: Actor,
  input: ImportPeopleInput,
): Promise<ImportReport> {
  if (actor.role !== 'admin') throw forbidden();
  const snapshot = await deps.snapshot.load();
  const plan = planImport(input.csv, snapshot, {
    skipInvalid: input.skipInvalid,
    actorPersonId: actor.personId,
  });
  const refused = plan.errors.length > 0 && !input.skipInvalid;
  const report: ImportReport = {
    rows: plan.rows,
    created: plan.create.length,
    updated: plan.update.length,
    unchanged: plan.unchanged,
    skipped: plan.skipped,
    errors: plan.errors,
    unknownColumns: plan.unknownColumns,
    dryRun: input.dryRun,
    written: !refused && plan.create.length + plan.update.length > 0,
  };
  if (refused || input.dryRun) return report;

  const newId = deps.newId ?? randomUUID;
  const teamIds = new Map(plan.newTeams.map((name) => [name, newId()]));
  const siteIds = new Map(plan.newSites.map((name) => [name, newId()]));
  const newPeople = new Map(plan.create.map((person) => [person.line, newId()]));
  const placeId = (ref: PlaceRef | null, created: Map<string, string>) =>
    ref === null ? null : 'existing' in ref ? ref.existing : created.get(ref.create)!;
  const managerId = (ref: ManagerRef | null) =>
    ref === null ? null : 'existing' in ref ? ref.existing : newPeople.get(ref.line)!;
  const idOf = (person: PlannedPerson) => person.existingId ?? newPeople.get(person.line)!;
  const row = (person: PlannedPerson): PersonRow => ({
    id: idOf(person),
    email: person.email,
    externalId: person.externalId,
    name: person.name,
    role: person.role,
    jobTitle: person.jobTitle,
    teamId: placeId(person.team, teamIds),
    siteId: placeId(person.site, siteIds),
    // Set afterwards, once everyone the file names exists.
    managerId: null,
    startDate: person.startDate,
    seniority: person.seniority,
    languages: person.languages,
    timeZone: person.timeZone,
    locale: person.locale,
  });

  await deps.writer.insertSites(
    [...siteIds].map(([name, id]) => ({
      id,
      name,
      city: null,
      timeZone: snapshot.defaults.timeZone,
    })),
  );
  await deps.writer.insertTeams(
    [...teamIds].map(([name, id]) => ({ id, name, department: null, parentId: null })),
  );
  await deps.writer.insertPeople(plan.create.map(row));
  await deps.writer.updatePeople(plan.update.map(row));
  const touched = [...plan.create, ...plan.update];
  await deps.writer.setManagers(
    touched.map((person) => ({ personId: idOf(person), managerId: managerId(person.manager) })),
  );
  await deps.writer.upsertLearningProfiles(
    touched
      .filter((person) => person.supportNeed !== null)
      .map((person) => ({ personId: idOf(person), supportNeed: person.supportNeed! })),
  );
  return report;
}
