/**
 * Everything about a round that factors need beyond the two people: the reference week, display
 * names for sites and skills, the team tree, managers outside the round and earlier pairings.
 * Per-person work (UTC working intervals, main site, tenure) is done once here, not once per pair,
 * because a round scores up to n² pairs.
 */
import type { MatchPerson, SupportNeed } from './person';
import { type Interval, referenceMondayMs, weeklyUtcIntervals } from './referenceWeek';

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
  sites: ReadonlyMap<string, number>;
  /** Null when the start date is unknown. */
  tenureYears: number | null;
  offered: ReadonlyMap<string, number>;
}

export interface FitContext {
  profile(id: string): Profile;
  siteName(id: string): string;
  skillName(id: string): string;
  /** Most recent round in which the two met, or null. */
  lastPairedRoundsAgo(a: string, b: string): number | null;
  /** Whether one of the two manages the other, directly or further up. */
  inReportingLine(a: string, b: string): boolean;
  /** Steps between the teams in the team tree; 0 for the same team. */
  teamDistance(a: MatchPerson, b: MatchPerson): number;
}

const MS_PER_YEAR = 365.25 * 86_400_000;
/** Support need on a 0 (autonomous) … 1 (close support) scale. */
export function supportNeedLevel(need: SupportNeed): number {
  return (need - 1) / 4;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

type IntervalsOf = (person: MatchPerson) => readonly Interval[];

/**
 * Most people share a handful of zones and week shapes, and converting a week through Intl costs
 * far more than scoring a pair, so each distinct (zone, working days) is converted once.
 */
function intervalCache(mondayMs: number): IntervalsOf {
  const cache = new Map<string, readonly Interval[]>();
  return (person) => {
    const working = person.workPattern.filter((day) => day.mode !== 'off');
    const key = `${person.timeZone}|${working.map((d) => `${d.weekday},${d.startMinute},${d.endMinute}`).join(';')}`;
    let intervals = cache.get(key);
    if (!intervals) {
      intervals = weeklyUtcIntervals(person.timeZone, working, mondayMs);
      cache.set(key, intervals);
    }
    return intervals;
  };
}

function profileOf(person: MatchPerson, intervalsOf: IntervalsOf, nowMs: number): Profile {
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
  const started = person.startDate === null ? null : Date.parse(`${person.startDate}T00:00:00Z`);
  return {
    person,
    intervals: intervalsOf(person),
    siteDays,
    mainSite,
    sites,
    tenureYears: started === null ? null : Math.max(0, (nowMs - started) / MS_PER_YEAR),
    offered: new Map(person.skillsOffered.map((s) => [s.skillId, s.level])),
  };
}

/** Expects people that passed validation (see programmes/eligibility). */
export function createFitContext(people: readonly MatchPerson[], world: FitWorld): FitContext {
  const intervalsOf = intervalCache(referenceMondayMs(world.now));
  const profiles = new Map(
    people.map((p) => [p.id, profileOf(p, intervalsOf, world.now.getTime())]),
  );

  const history = new Map<string, number>();
  for (const entry of world.history ?? []) {
    for (let i = 0; i < entry.members.length; i++) {
      for (let j = i + 1; j < entry.members.length; j++) {
        const key = pairKey(entry.members[i], entry.members[j]);
        history.set(key, Math.min(history.get(key) ?? Number.POSITIVE_INFINITY, entry.roundsAgo));
      }
    }
  }

  const managerOf = new Map<string, string | null>(Object.entries(world.managers ?? {}));
  for (const p of people) managerOf.set(p.id, p.managerId ?? null);
  const chains = new Map<string, ReadonlySet<string>>();
  const chainOf = (id: string): ReadonlySet<string> => {
    let chain = chains.get(id);
    if (!chain) {
      const seen = new Set<string>();
      // A cycle in bad data must not loop forever; stop at the first repeat.
      for (let m = managerOf.get(id); m && m !== id && !seen.has(m); m = managerOf.get(m)) {
        seen.add(m);
      }
      chain = seen;
      chains.set(id, chain);
    }
    return chain;
  };

  const parents = world.teamParents ?? {};
  const teamPath = (team: string): string[] => {
    const path = [team];
    for (let t = parents[team]; t && !path.includes(t); t = parents[t]) path.push(t);
    return path;
  };

  return {
    profile: (id) => profiles.get(id)!,
    siteName: (id) => world.siteNames?.[id] ?? id,
    skillName: (id) => world.skillNames?.[id] ?? id,
    lastPairedRoundsAgo: (a, b) => history.get(pairKey(a, b)) ?? null,
    inReportingLine: (a, b) => chainOf(a).has(b) || chainOf(b).has(a),
    teamDistance: (a, b) => {
      if (a.teamId === b.teamId) return 0;
      if (a.teamId in parents && b.teamId in parents) {
        const up = teamPath(a.teamId);
        const down = teamPath(b.teamId);
        const common = down.findIndex((t) => up.includes(t));
        if (common >= 0) return up.indexOf(down[common]) + common;
      }
      return a.departmentId && a.departmentId === b.departmentId ? 2 : 4;
    },
  };
}
