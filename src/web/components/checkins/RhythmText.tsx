import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rhythm } from '../../../contracts/checkins';

/** "Every 3 weeks, because …": the rhythm with the reason both sides see. */
export function RhythmText({ rhythm }: { rhythm: Rhythm }) {
  const { t } = useTranslation();
  const why =
    rhythm.source === 'override'
      ? t('checkins:rhythm.override', { reason: rhythm.reason })
      : t(`checkins:rhythm.${rhythm.source}`);
  return (
    <Text size="sm">
      <strong>{t('checkins:rhythm.every', { count: rhythm.weeks })}</strong> — {why}
      {rhythm.request ? (
        <Text span c="red.9" size="sm">
          {' '}
          {t(`checkins:rhythm.requested.${rhythm.request.direction}`)}
        </Text>
      ) : null}
    </Text>
  );
}
