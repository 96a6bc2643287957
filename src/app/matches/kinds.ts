/** Programmes whose pairings keep learning wishes and a log of sessions. */
export const MENTORING_KINDS = ['mentoring', 'reverse_mentoring'] as const;
