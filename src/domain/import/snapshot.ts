import type { Seniority } from '../people/vocabulary';
import type { ImportRole } from './readRow';

/** What the organisation holds before the import: the plan compares the file against it. */
export interface ExistingPerson {
  id: string;
  email: string;
  externalId: string | null;
  name: string;
  role: ImportRole;
  jobTitle: string | null;
  teamId: string | null;
  managerId: string | null;
  startDate: string | null;
  seniority: Seniority | null;
  languages: readonly string[];
  timeZone: string;
  locale: 'nl' | 'en';
  siteId: string | null;
  /** Null when the person has no learning profile yet. */
  supportNeed: number | null;
}

export interface NamedThing {
  id: string;
  name: string;
}

export interface ImportSnapshot {
  people: readonly ExistingPerson[];
  teams: readonly NamedThing[];
  sites: readonly NamedThing[];
  /** What a new person gets when the file says nothing. */
  defaults: { timeZone: string; locale: 'nl' | 'en' };
}
