import type { Audience } from './templates';

export interface AudienceMember {
  teamId: string | null;
  siteId: string | null;
  role: string;
  /** `YYYY-MM-DD` or null when unknown. */
  startDate: string | null;
}

const DAY_MS = 86_400_000;

/** Whole days from the start date to `now`; negative for someone who starts later. */
function daysEmployed(startDate: string, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.floor((today - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS);
}

/**
 * Whether a person belongs to a programme's audience. Every rule given must hold; an empty
 * audience is everyone. A team includes its sub-teams (`teamParents` is the team tree). Tenure
 * rules need a start date: someone whose start date is unknown is neither a newcomer nor long
 * enough here.
 */
export function inAudience(
  person: AudienceMember,
  audience: Audience,
  now: Date,
  teamParents: ReadonlyMap<string, string | null> = new Map(),
): boolean {
  if (audience.teamIds && audience.teamIds.length > 0) {
    const wanted = new Set(audience.teamIds);
    let found = false;
    const seen = new Set<string>();
    for (let team = person.teamId; team && !seen.has(team); team = teamParents.get(team) ?? null) {
      if (wanted.has(team)) {
        found = true;
        break;
      }
      seen.add(team);
    }
    if (!found) return false;
  }
  if (audience.siteIds && audience.siteIds.length > 0) {
    if (!person.siteId || !audience.siteIds.includes(person.siteId)) return false;
  }
  if (
    audience.roles &&
    audience.roles.length > 0 &&
    !(audience.roles as readonly string[]).includes(person.role)
  )
    return false;
  if (audience.minTenureDays !== undefined) {
    if (!person.startDate || daysEmployed(person.startDate, now) < audience.minTenureDays)
      return false;
  }
  if (audience.startedWithinDays !== undefined) {
    if (!person.startDate || daysEmployed(person.startDate, now) > audience.startedWithinDays)
      return false;
  }
  return true;
}
