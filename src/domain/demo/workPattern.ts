import type { Random } from './random';

/** ISO weekday, 1 = Monday … 5 = Friday; the demo company works on weekdays. */
export type Weekday = 1 | 2 | 3 | 4 | 5;
export const weekdays: readonly Weekday[] = [1, 2, 3, 4, 5];

export interface DemoWorkDay {
  weekday: Weekday;
  mode: 'office' | 'home' | 'off';
  /** Index of the site, for office days only. */
  site: number | null;
  /** Minutes after local midnight in the person's time zone. */
  startMinute: number;
  endMinute: number;
}

interface Shape {
  workDays: number;
  officeDays: number;
}

// Full-time hybrid weeks are the most common; part-timers and people who come in every day or
// never are there too, as in any Belgian office after 2020.
const shapes: readonly (readonly [Shape, number])[] = [
  [{ workDays: 5, officeDays: 5 }, 7],
  [{ workDays: 5, officeDays: 4 }, 6],
  [{ workDays: 5, officeDays: 3 }, 24],
  [{ workDays: 5, officeDays: 2 }, 26],
  [{ workDays: 5, officeDays: 1 }, 10],
  [{ workDays: 5, officeDays: 0 }, 5],
  [{ workDays: 4, officeDays: 2 }, 9],
  [{ workDays: 4, officeDays: 1 }, 4],
  [{ workDays: 4, officeDays: 3 }, 3],
  [{ workDays: 3, officeDays: 1 }, 3],
  [{ workDays: 3, officeDays: 2 }, 3],
];

const hours: readonly (readonly [readonly [number, number], number])[] = [
  [[8 * 60 + 30, 17 * 60], 30],
  [[9 * 60, 17 * 60 + 30], 24],
  [[8 * 60, 16 * 60 + 30], 20],
  [[7 * 60, 15 * 60 + 30], 10],
  [[10 * 60, 18 * 60 + 30], 8],
  [[7 * 60 + 30, 16 * 60], 8],
];

export interface PatternInput {
  /** The person's office; null for people who always work from home. */
  site: number | null;
  /** The team's fixed office day, when most of the team comes in. */
  teamDay: Weekday;
  /** 0 = the job is done on site … 1 = as much home work as anyone. */
  homeFriendly: number;
  /** Fixed hours in the person's own time zone (colleagues abroad). */
  fixedHours?: readonly [number, number];
}

export function generateWorkPattern(input: PatternInput, random: Random): DemoWorkDay[] {
  const shape = random.weighted(shapes);
  let officeDays = shape.officeDays;
  if (input.site === null) officeDays = 0;
  else if (random.next() > input.homeFriendly) officeDays = shape.workDays;

  // Part-timers most often take Wednesday (school afternoons) or Friday off.
  const dayOffWeights: (readonly [Weekday, number])[] = [
    [1, 2],
    [2, 1],
    [3, 5],
    [4, 1],
    [5, 4],
  ];
  const off = new Set<Weekday>();
  while (off.size < 5 - shape.workDays) {
    const day = random.weighted(dayOffWeights.filter(([d]) => !off.has(d)));
    off.add(day);
  }
  const working = weekdays.filter((day) => !off.has(day));
  const office = new Set<Weekday>();
  if (officeDays > 0 && working.includes(input.teamDay)) office.add(input.teamDay);
  for (const day of random.shuffle([...working])) {
    if (office.size >= officeDays) break;
    office.add(day);
  }

  const [start, end] = input.fixedHours ?? random.weighted(hours);
  const shortFriday = !input.fixedHours && random.chance(0.2);
  return weekdays.map((weekday): DemoWorkDay => {
    const mode = off.has(weekday) ? 'off' : office.has(weekday) ? 'office' : 'home';
    return {
      weekday,
      mode,
      site: mode === 'office' ? input.site : null,
      startMinute: start,
      endMinute: weekday === 5 && shortFriday ? end - 90 : end,
    };
  });
}
