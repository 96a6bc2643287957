import type { TFunction } from 'i18next';

/**
 * One history entry's changes as sentences in the reader's language. A new goal is one line;
 * each changed field of an edit is its own line. `date` formats a calendar day.
 */
export function describeGoalChanges(
  t: TFunction,
  changes: Record<string, unknown>,
  date: (day: string) => string,
): string[] {
  if (changes.created) {
    return [t('checkins:history.created', { title: String(changes.title ?? '') })];
  }
  const lines: string[] = [];
  for (const [field, value] of Object.entries(changes)) {
    switch (field) {
      case 'title':
        lines.push(t('checkins:history.title', { title: String(value) }));
        break;
      case 'why':
        lines.push(t(value ? 'checkins:history.why' : 'checkins:history.whyRemoved'));
        break;
      case 'skillId':
        lines.push(t(value ? 'checkins:history.skill' : 'checkins:history.skillRemoved'));
        break;
      case 'targetDate':
        lines.push(
          value
            ? t('checkins:history.targetDate', { date: date(String(value)) })
            : t('checkins:history.targetDateRemoved'),
        );
        break;
      case 'status':
        lines.push(
          t('checkins:history.status', { status: t(`web:vocab.goalStatus.${String(value)}`) }),
        );
        break;
      case 'progress':
        lines.push(t('checkins:history.progress', { progress: Number(value) }));
        break;
    }
  }
  return lines;
}
