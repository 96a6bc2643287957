/**
 * Who can take part in a round at all. Bad data about one person (a mistyped time zone, a level
 * of 7) must not sink everyone else's round, so it removes only that person, with the field named.
 * People are sorted by id here: from then on nothing depends on the order they signed up in.
 */
import { isValidTimeZone, type MatchPerson, reason } from '../fit';
import type { Unmatched } from './types';

const ROLES = ['mentor', 'mentee', 'both'];
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isIntIn = (value: unknown, min: number, max: number): boolean =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

function isPlainDate(value: unknown): boolean {
  if (typeof value !== 'string' || !PLAIN_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

function workPatternValid(pattern: MatchPerson['workPattern']): boolean {
  if (!Array.isArray(pattern)) return false;
  return pattern.every(
    (day) =>
      isIntIn(day?.weekday, 1, 7) &&
      (day.mode === 'home' ||
        day.mode === 'off' ||
        (day.mode === 'office' && isText(day.siteId))) &&
      isIntIn(day.startMinute, 0, 1439) &&
      isIntIn(day.endMinute, 0, 1440) &&
      day.startMinute !== day.endMinute,
  );
}

/** The first field that is not usable, or null. */
export function invalidPersonField(p: MatchPerson): string | null {
  if (!isText(p.id)) return 'id';
  if (typeof p.name !== 'string') return 'name';
  if (!isText(p.teamId)) return 'teamId';
  if (p.departmentId != null && typeof p.departmentId !== 'string') return 'departmentId';
  if (p.managerId != null && typeof p.managerId !== 'string') return 'managerId';
  if (!isValidTimeZone(p.timeZone)) return 'timeZone';
  if (!workPatternValid(p.workPattern)) return 'workPattern';
  if (!Array.isArray(p.languages) || !p.languages.every(isText)) return 'languages';
  const offered = p.skillsOffered;
  if (
    !Array.isArray(offered) ||
    !offered.every((s) => isText(s?.skillId) && isIntIn(s.level, 1, 5))
  ) {
    return 'skillsOffered';
  }
  const wanted = p.skillsWanted;
  if (
    !Array.isArray(wanted) ||
    !wanted.every((s) => isText(s?.skillId) && isIntIn(s.priority, 1, 3))
  ) {
    return 'skillsWanted';
  }
  if (p.seniority !== null && !(typeof p.seniority === 'number' && Number.isFinite(p.seniority))) {
    return 'seniority';
  }
  if (p.startDate !== null && !isPlainDate(p.startDate)) return 'startDate';
  if (!isIntIn(p.supportNeed, 1, 5)) return 'supportNeed';
  if (!Array.isArray(p.doNotPairWith) || !p.doNotPairWith.every(isText)) return 'doNotPairWith';
  if (typeof p.consent !== 'boolean') return 'consent';
  if (p.capacity !== undefined && !isIntIn(p.capacity, 0, 1_000_000)) return 'capacity';
  if (p.role !== undefined && !ROLES.includes(p.role)) return 'role';
  return null;
}

export interface Screened {
  /** Valid, consenting people, sorted by id. */
  eligible: MatchPerson[];
  unmatched: Unmatched[];
}

export function screenPeople(people: readonly MatchPerson[]): Screened {
  const byId = new Map<string, number>();
  for (const p of people) {
    if (isText(p?.id)) byId.set(p.id, (byId.get(p.id) ?? 0) + 1);
  }
  const eligible: MatchPerson[] = [];
  const unmatched: Unmatched[] = [];
  const seenDuplicates = new Set<string>();
  for (const p of people) {
    if (!p || typeof p !== 'object' || !isText(p.id)) {
      // Without an id there is nobody to report to; the caller's validation should catch it.
      continue;
    }
    if (byId.get(p.id)! > 1) {
      // Which copy is right cannot be known, and picking one would depend on input order.
      if (!seenDuplicates.has(p.id))
        unmatched.push({ id: p.id, reason: reason('match.unmatched.duplicateId') });
      seenDuplicates.add(p.id);
      continue;
    }
    const field = invalidPersonField(p);
    if (field)
      unmatched.push({ id: p.id, reason: reason('match.unmatched.invalidProfile', { field }) });
    else if (!p.consent) unmatched.push({ id: p.id, reason: reason('match.unmatched.noConsent') });
    else eligible.push(p);
  }
  eligible.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { eligible, unmatched };
}

/** Unmatched entries in id order, so results compare equal whatever the input order. */
export function sortUnmatched(list: Unmatched[]): Unmatched[] {
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
