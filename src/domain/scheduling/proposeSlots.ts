import {
  availability,
  type BusyInterval,
  type SchedulingPerson,
  type WorkWindow,
  workWindows,
} from './availability';
import { localTimeOf, MS_PER_DAY, MS_PER_MINUTE } from './zonedTime';

export type MeetingMode = 'in_person' | 'online';

export interface ProposedSlot {
  startsAt: Date;
  mode: MeetingMode;
  /** Where to meet when in person; null online. */
  siteId: string | null;
}

export interface ProposeSlotsInput {
  /** Everyone who meets; the first one's calendar days decide what counts as "another day". */
  people: readonly SchedulingPerson[];
  /** No slot starts before this instant. */
  from: Date;
  horizonDays: number;
  durationMinutes: number;
  count: number;
  /** Slots start on this grid of the first person's clock (15 → :00, :15, :30, :45). */
  stepMinutes: number;
  busy: readonly BusyInterval[];
}

interface Candidate extends ProposedSlot {
  dayMs: number;
}

function containing(windows: readonly WorkWindow[], start: number, end: number) {
  return windows.find((window) => window.start <= start && end <= window.end);
}

/**
 * Up to `count` slots inside everyone's working hours and away from their busy time, each on a
 * different day. On a day everyone is on site at the same site the slot is in person there, and
 * such days come first; otherwise slots go earliest first. Deterministic: the same input gives
 * the same slots.
 */
export function proposeSlots(input: ProposeSlotsInput): ProposedSlot[] {
  const { people, durationMinutes, stepMinutes } = input;
  if (people.length === 0 || input.count <= 0) return [];
  const step = stepMinutes * MS_PER_MINUTE;
  const duration = durationMinutes * MS_PER_MINUTE;
  const fromMs = input.from.getTime();
  const toMs = fromMs + input.horizonDays * MS_PER_DAY;
  const free = people.map((person) => availability(person, input.busy, fromMs, toMs + duration));
  const anchor = people[0].timeZone;

  const bestOfDay = new Map<number, Candidate>();
  // Align the grid to the first person's clock, whatever their offset (India is UTC+5:30).
  const local = localTimeOf(anchor, fromMs);
  const offset =
    local.dateMs +
    local.minute * MS_PER_MINUTE -
    Math.floor(fromMs / MS_PER_MINUTE) * MS_PER_MINUTE;
  const aligned = Math.ceil((fromMs + offset) / step) * step - offset;
  for (let start = aligned; start < toMs; start += step) {
    const end = start + duration;
    const windows = free.map((own) => containing(own, start, end));
    if (windows.some((window) => window === undefined)) continue;
    const first = windows[0]!;
    const together =
      first.mode === 'office' &&
      windows.every((window) => window!.mode === 'office' && window!.siteId === first.siteId);
    const candidate: Candidate = {
      startsAt: new Date(start),
      mode: together ? 'in_person' : 'online',
      siteId: together ? first.siteId : null,
      dayMs: localTimeOf(anchor, start).dateMs,
    };
    const best = bestOfDay.get(candidate.dayMs);
    if (!best || (best.mode === 'online' && candidate.mode === 'in_person')) {
      bestOfDay.set(candidate.dayMs, candidate);
    }
  }
  return [...bestOfDay.values()]
    .sort(
      (a, b) =>
        Number(b.mode === 'in_person') - Number(a.mode === 'in_person') ||
        a.startsAt.getTime() - b.startsAt.getTime(),
    )
    .slice(0, input.count)
    .map(({ startsAt, mode, siteId }) => ({ startsAt, mode, siteId }));
}

/**
 * Where a meeting at a time of the people's own choosing takes place: in person when everyone
 * is on site at the same site then, online otherwise (also outside working hours).
 */
export function placeAt(
  people: readonly SchedulingPerson[],
  startsAt: Date,
  durationMinutes: number,
): { mode: MeetingMode; siteId: string | null } {
  const start = startsAt.getTime();
  const end = start + durationMinutes * MS_PER_MINUTE;
  const windows = people.map((person) => containing(workWindows(person, start, end), start, end));
  const first = windows[0];
  const together =
    first?.mode === 'office' &&
    windows.every((window) => window?.mode === 'office' && window.siteId === first.siteId);
  return together ? { mode: 'in_person', siteId: first.siteId } : { mode: 'online', siteId: null };
}
