/** A person's row in a programme, as far as taking part goes. */
export interface Participation {
  status: 'active' | 'paused' | 'left';
  /** The last day of a pause (YYYY-MM-DD); null pauses until the person comes back. */
  pausedUntil: string | null;
}

/** Paused on `today`: a pause without an end, or one that has not run out yet. */
export function pausedOn(row: Participation, today: string): boolean {
  return row.status === 'paused' && (row.pausedUntil === null || row.pausedUntil > today);
}

/**
 * Taking part on `today`: active, or paused with the pause run out; someone without a row takes
 * part only when the programme enrols its audience automatically.
 */
export function takesPart(
  row: Participation | null | undefined,
  automatic: boolean,
  today: string,
): boolean {
  if (!row) return automatic;
  return row.status === 'active' || (row.status === 'paused' && !pausedOn(row, today));
}
