/**
 * Where and when two people work. Being on site the same day at the same site lets them meet in
 * person, which is what hybrid teams lose first; shared working hours (in real time, across time
 * zones) decide whether they can meet at all.
 */
import type { Profile } from '../context';
import { reason } from '../reason';
import { type Factor, singlePart } from './factor';

/** Three shared office days is as good as it gets for a weekly meeting. */
const OFFICE_DAYS_CAP = 3;
/** Twenty shared hours a week leave room for any meeting rhythm. */
const OVERLAP_CAP_MINUTES = 20 * 60;

function sharedOfficeDays(a: Profile, b: Profile): number {
  let shared = 0;
  for (const day of a.siteDays) if (b.siteDays.has(day)) shared++;
  return shared;
}

export const officeDays: Factor = {
  value: (a, b) => Math.min(sharedOfficeDays(a, b), OFFICE_DAYS_CAP) / OFFICE_DAYS_CAP,
  explain: (a, b, ctx) => {
    const shared = [...a.siteDays].filter((day) => b.siteDays.has(day)).sort();
    const value = Math.min(shared.length, OFFICE_DAYS_CAP) / OFFICE_DAYS_CAP;
    return shared.map((day) => {
      const [weekday, siteId] = [Number(day.slice(0, 1)), day.slice(2)];
      return {
        value: value / shared.length,
        reason: reason('match.reason.sameOfficeDay', { weekday, site: ctx.siteName(siteId) }),
      };
    });
  },
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

export const sameSite = singlePart(
  (a, b) => commonSite(a, b),
  () => 1,
  (site, _a, _b, ctx) => reason('match.reason.sameSite', { site: ctx.siteName(site) }),
);

export const siteMix = singlePart(
  (a, b) => (a.mainSite !== null && b.mainSite !== null && a.mainSite !== b.mainSite ? true : null),
  () => 1,
  (_, a, b, ctx) =>
    reason('match.reason.differentSites', {
      site: ctx.siteName(a.mainSite!),
      otherSite: ctx.siteName(b.mainSite!),
    }),
);

export const workingHours = singlePart(
  (a, b, ctx) => ctx.overlap(a, b).total,
  (minutes) => Math.min(minutes, OVERLAP_CAP_MINUTES) / OVERLAP_CAP_MINUTES,
  (minutes) => reason('match.reason.workingHoursOverlap', { count: Math.round(minutes / 30) / 2 }),
);
