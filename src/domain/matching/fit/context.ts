/**
 * Everything about a round that factors need beyond the two people: the reference week, display
 * names for sites and skills, the team tree, managers outside the round and earlier pairings.
 * Per-person work (UTC working intervals, sites, tenure, earlier partners, the chain of managers)
 * is done once here, not once per pair, because a round scores up to n² pairs.
 */
import type { MatchPerson, SupportNeed } from './person';
import {
  type Interval,
  type Overlap,
  referenceMondayMs,
  weeklyOverlap,
  weeklyUtcIntervals,
} from './referenceWeek';

export interface PairingHistoryEntry {
  /** Two or more people who were matched together. */
  members: readonly string[];
  /** 1 = the previous round. */
  roundsAgo: number;
}

export interface FitWorld {
  /** Reference instant: its ISO week is the reference week, tenure is counted up to it. */
  now: Date;
  /** Display names for site ids, used in reasons; the id is shown when missing. */
  siteNames?: Readonly<Record<string, string>>;
  skillNames?: Readonly<Record<string, string>>;
  /** Parent of each team (null at the root), to measure how far apart two teams are. */
  teamParents?: Readonly<Record<string, string | null>>;
  /** Managers of people outside the round, so reporting lines through them are still seen. */
  managers?: Readonly<Record<string, string | null>>;
  history?: readonly PairingHistoryEntry[];
}

export interface Profile {
  person: MatchPerson;
  intervals: readonly Interval[];
  /** `${weekday}:${siteId}` for every on-site day. */
  siteDays: ReadonlySet<string>;
  /** Site with the most on-site days (ties: smallest id), or null for fully remote people. */
  mainSite: string | null;
  /** On-site days per site. */
  sites: ReadonlyMap<string, number>;
  /** Null when the start date is unknown. */
  tenureYears: number | null;
  offered: ReadonlyMap<string, number>;
  /** Earlier partner id → the most recent round they met (1 = the previous round). */
  pastPartners: ReadonlyMap<string, number>;
  /** Everyone above this person in the management chain. */
  managers: ReadonlySet<string>;
  /** This person's team and its ancestors, nearest first. */
  teamPath: readonly string[];
}

export interface FitContext {
  profile(id: string): Profile;
  siteName(id: string): string;
  skillName(id: string): string;
  /** Shared working time of the two in the reference week. */
  overlap(a: Profile, b: Profile): Overlap;
  /** Steps between the two people's teams; 0 for the same team. */
  teamDistance(a: Profile, b: Profile): number;
}

const MS_PER_YEAR = 365.25 * 86_400_000;

/** Support need on a 0 (autonomous) … 1 (close support) scale. */
export function supportNeedLevel(need: SupportNeed): number {
  return (need - 1) / 4;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Most people share a handful of zones and week shapes, and converting a week through Intl costs
 * far more than scoring a pair, so each distinct (zone, working days) is converted once.
 */
function intervalCache(mondayMs: number): (person: MatchPerson) => readonly Interval[] {
  const cache = new Map<string, readonly Interval[]>();
  return (person) => {
    const working = person.workPattern.filter((day) => day.mode !== 'off');
    const shape = working.map((d) => `${d.weekday},${d.startMinute},${d.endMinute}`).join(';');
    const key = `${person.timeZone}|${shape}`;
    let intervals = cache.get(key);
    if (!intervals) {
      intervals = weeklyUtcIntervals(person.timeZone, working, mondayMs);
      cache.set(key, intervals);
    }
    return intervals;
  };
}

function sitesOf(person: MatchPerson) {
  const siteDays = new Set<string>();
  const sites = new Map<string, number>();
  for (const day of person.workPattern) {
    if (day.mode !== 'office' || !day.siteId) continue;
    const key = `${day.weekday}:${day.siteId}`;
    if (siteDays.has(key)) continue;
    siteDays.add(key);
    sites.set(day.siteId, (sites.get(day.siteId) ?? 0) + 1);
  }
  let mainSite: string | null = null;
  for (const [site, days] of sites) {
    const best = mainSite === null ? 0 : sites.get(mainSite)!;
    if (days > best || (days === best && mainSite !== null && site < mainSite)) mainSite = site;
  }
  return { siteDays, sites, mainSite };
}

function pastPartnersByPerson(
  history: readonly PairingHistoryEntry[],
  inRound: ReadonlySet<string>,
): Map<string, Map<string, number>> {
  const partners = new Map<string, Map<string, number>>();
  for (const entry of history) {
    for (const a of entry.members) {
      if (!inRound.has(a)) continue;
      const mine = partners.get(a) ?? new Map<string, number>();
      partners.set(a, mine);
      for (const b of entry.members) {
        if (b !== a)
          mine.set(b, Math.min(mine.get(b) ?? Number.POSITIVE_INFINITY, entry.roundsAgo));
      }
    }
  }
  return partners;
}

/** Walks up a parent map from `start`; a cycle in bad data stops at the first repeat. */
function ancestors(start: string, parentOf: (id: string) => string | null | undefined): string[] {
  const path: string[] = [];
  for (let up = parentOf(start); up && up !== start && !path.includes(up); up = parentOf(up)) {
    path.push(up);
  }
  return path;
}

/** Expects people that passed validation (see programmes/screening). */
export function createFitContext(people: readonly MatchPerson[], world: FitWorld): FitContext {
  const intervalsOf = intervalCache(referenceMondayMs(world.now));
  const nowMs = world.now.getTime();
  const partners = pastPartnersByPerson(world.history ?? [], new Set(people.map((p) => p.id)));
  const managerOf = new Map<string, string | null>(Object.entries(world.managers ?? {}));
  for (const p of people) managerOf.set(p.id, p.managerId ?? null);
  const parents = world.teamParents ?? {};
  const teamPaths = new Map<string, readonly string[]>();
  const teamPathOf = (team: string) => {
    const path = teamPaths.get(team) ?? [team, ...ancestors(team, (t) => parents[t])];
    teamPaths.set(team, path);
    return path;
  };

  const profiles = new Map<string, Profile>();
  for (const person of people) {
    const started = person.startDate === null ? null : Date.parse(`${person.startDate}T00:00:00Z`);
    profiles.set(person.id, {
      person,
      intervals: intervalsOf(person),
      ...sitesOf(person),
      tenureYears: started === null ? null : Math.max(0, (nowMs - started) / MS_PER_YEAR),
      offered: new Map(person.skillsOffered.map((s) => [s.skillId, s.level])),
      pastPartners: partners.get(person.id) ?? new Map(),
      managers: new Set(ancestors(person.id, (id) => managerOf.get(id))),
      teamPath: teamPathOf(person.teamId),
    });
  }

  // People with the same zone and week shape share one interval list (see intervalCache), and
  // there are few of those, so overlaps are kept per pair of lists.
  const overlaps = new Map<readonly Interval[], Map<readonly Interval[], Overlap>>();
  return {
    profile: (id) => profiles.get(id)!,
    siteName: (id) => world.siteNames?.[id] ?? id,
    skillName: (id) => world.skillNames?.[id] ?? id,
    overlap: (a, b) => {
      const row = overlaps.get(a.intervals) ?? new Map<readonly Interval[], Overlap>();
      overlaps.set(a.intervals, row);
      let found = row.get(b.intervals);
      if (!found) {
        found = weeklyOverlap(a.intervals, b.intervals);
        row.set(b.intervals, found);
      }
      return found;
    },
    teamDistance: (a, b) => {
      if (a.person.teamId === b.person.teamId) return 0;
      const { teamId: teamA, departmentId: depA } = a.person;
      const { teamId: teamB, departmentId: depB } = b.person;
      if (teamA in parents && teamB in parents) {
        const common = b.teamPath.findIndex((t) => a.teamPath.includes(t));
        if (common >= 0) return a.teamPath.indexOf(b.teamPath[common]) + common;
      }
      return depA && depA === depB ? 2 : 4;
    },
  };
}
