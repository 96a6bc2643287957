/**
 * VTIMEZONE blocks built from the runtime's own time zone data (through `Intl`), so an invitation
 * carries the rules its TZID means and every calendar reads a weekly 09:00 the same way. Each
 * switch in the covered years is written out as its own observance: exact, and simple for every
 * client, at the cost of a few lines per year.
 */
import { zoneOffsetMinutes } from '../domain/matching/fit/referenceWeek';

const MINUTE = 60_000;
const DAY = 86_400_000;

const offsetText = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

const localStamp = (utcMs: number, offsetMinutes: number) =>
  new Date(utcMs + offsetMinutes * MINUTE)
    .toISOString()
    .slice(0, 19)
    .replaceAll('-', '')
    .replaceAll(':', '');

/** The instants the zone's offset changes in [fromMs, toMs), to the minute. */
export function offsetChanges(timeZone: string, fromMs: number, toMs: number): number[] {
  const changes: number[] = [];
  for (let day = fromMs; day < toMs; day += DAY) {
    if (zoneOffsetMinutes(timeZone, day) === zoneOffsetMinutes(timeZone, day + DAY)) continue;
    let low = day;
    let high = day + DAY;
    const before = zoneOffsetMinutes(timeZone, low);
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (zoneOffsetMinutes(timeZone, middle) === before) low = middle;
      else high = middle;
    }
    changes.push(high);
  }
  return changes;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number) {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ];
}

/** The VTIMEZONE of a zone for the calendar years firstYear … lastYear. */
export function vtimezone(timeZone: string, firstYear: number, lastYear: number): string {
  const fromMs = Date.UTC(firstYear, 0, 1);
  const toMs = Date.UTC(lastYear + 1, 0, 1);
  const initial = zoneOffsetMinutes(timeZone, fromMs);
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...observance('STANDARD', localStamp(fromMs, initial), initial, initial),
  ];
  let previous = initial;
  for (const change of offsetChanges(timeZone, fromMs, toMs)) {
    const next = zoneOffsetMinutes(timeZone, change);
    lines.push(
      ...observance(
        next > previous ? 'DAYLIGHT' : 'STANDARD',
        localStamp(change, previous),
        previous,
        next,
      ),
    );
    previous = next;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
