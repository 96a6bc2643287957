/**
 * Where and when two people work. Being on site the same day at the same site lets them meet in
 * person, which is what hybrid teams lose first; shared working hours (in real time, across time
 * zones) decide whether they can meet at all.
 */
import type { Profile } from '../context';
import { reason } from '../reason';
import { weeklyOverlap } from '../referenceWeek';
import type { Factor } from './factor';

/** Three shared office days is as good as it gets for a weekly meeting. */
const OFFICE_DAYS_CAP = 3;
/** Twenty shared hours a week leave room for any meeting rhythm. */
const OVERLAP_CAP_MINUTES = 20 * 60;

export const officeDays: Factor = (a, b, ctx) => {
  const shared = [...a.siteDays].filter((day) => b.siteDays.has(day)).sort();
  if (shared.length === 0) return [];
  const value = Math.min(shared.length, OFFICE_DAYS_CAP) / OFFICE_DAYS_CAP;
  return shared.map((day) => {
    const [weekday, siteId] = [Number(day.slice(0, 1)), day.slice(2)];
    return {
      value: value / shared.length,
      reason: reason('match.reason.sameOfficeDay', { weekday, site: ctx.siteName(siteId) }),
    };
  });
};

/** The shared site both spend the most days at (ties: smallest id). */
function commonSite(a: Profile, b: Profile): string | null {
  let best: string | null = null;
  let bestDays = 0;
  for (const [site, days] of a.sites) {
    const other = b.sites.get(site);
    if (other === undefined) continue;
    const together = days + other;
    if (together > bestDays || (together === bestDays && best !== null && site < best)) {
      best = site;
      bestDays = together;
    }
  }
  return best;
}

export const sameSite: Factor = (a, b, ctx) => {
  const site = commonSite(a, b);
  return site === null
    ? []
    : [{ value: 1, reason: reason('match.reason.sameSite', { site: ctx.siteName(site) }) }];
};

export const siteMix: Factor = (a, b, ctx) => {
  if (a.mainSite === null || b.mainSite === null || a.mainSite === b.mainSite) return [];
  const params = { site: ctx.siteName(a.mainSite), otherSite: ctx.siteName(b.mainSite) };
  return [{ value: 1, reason: reason('match.reason.differentSites', params) }];
};

export const workingHours: Factor = (a, b) => {
  const { total } = weeklyOverlap(a.intervals, b.intervals);
  if (total <= 0) return [];
  const hours = Math.round(total / 30) / 2;
  return [
    {
      value: Math.min(total, OVERLAP_CAP_MINUTES) / OVERLAP_CAP_MINUTES,
      reason: reason('match.reason.workingHoursOverlap', { count: hours }),
    },
  ];
};
