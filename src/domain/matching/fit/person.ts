/**
 * The plain person data the matching engine works on. It is deliberately a copy of what the
 * programmes need, not the database row: the engine stays pure and can be fed from a CSV, a test
 * or the application layer alike.
 */

/** ISO 8601 weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * One day of the weekly pattern, shaped like the people domain's work day so profiles pass
 * straight through. A weekday that is not listed counts as a day off. Hours are local minutes
 * since midnight in the person's time zone (1440 = midnight at the end of the day); an end at or
 * before the start means the shift runs past midnight into the next day.
 */
export interface WorkDay {
  weekday: IsoWeekday;
  mode: 'office' | 'home' | 'off';
  /** Required on office days. */
  siteId?: string | null;
  startMinute: number;
  endMinute: number;
}

export interface SkillOffer {
  skillId: string;
  /** 1 = basics … 5 = expert. */
  level: number;
}

export interface SkillWish {
  skillId: string;
  /** 1 = nice to have, 2 = useful, 3 = most important. */
  priority: number;
}

/**
 * How much guidance someone wants, as in the profile: 1 = "I work autonomously" … 5 = "I want
 * close support". It decides who is best placed to support whom.
 */
export type SupportNeed = number;

export type MatchRole = 'mentor' | 'mentee' | 'both';

export interface MatchPerson {
  id: string;
  name: string;
  teamId: string;
  departmentId?: string | null;
  managerId?: string | null;
  /** IANA time zone, e.g. `Europe/Brussels`. */
  timeZone: string;
  workPattern: readonly WorkDay[];
  /** Language codes, e.g. `['nl', 'en']`. */
  languages: readonly string[];
  skillsOffered: readonly SkillOffer[];
  skillsWanted: readonly SkillWish[];
  /** A rank (junior 1, medior 2, senior 3, lead 4); only differences matter. Null: unknown. */
  seniority: number | null;
  /** Plain date `YYYY-MM-DD`; null when unknown (never a newcomer nor a godparent). */
  startDate: string | null;
  supportNeed: SupportNeed;
  /** People this person asked never to be paired with; either side's list blocks the pair. */
  doNotPairWith: readonly string[];
  /** Opted in to this programme. Nobody is matched without it. */
  consent: boolean;
  /** How many partners this person takes on as mentor or godparent; the programme default if unset. */
  capacity?: number;
  /** Side in mentoring programmes; `both` may mentor one person and be mentored by another. */
  role?: MatchRole;
}
