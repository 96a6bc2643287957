/**
 * Working hours travel as "HH:MM" local time and are stored as minutes after local midnight.
 * "24:00" is allowed as an end: a shift may run to midnight.
 */
const CLOCK_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

export function parseClockTime(value: string): number | null {
  const match = CLOCK_TIME.exec(value);
  if (!match) return null;
  if (match[1] === undefined) return 24 * 60;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatClockTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
