import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchReason } from '../../../contracts/matches';

/** Why two people were paired, as the engine explained it, already in the reader's language. */
export function ReasonList({ reasons }: { reasons: MatchReason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <div>
      <Text fw={600} size="sm">
        {t('matches:why')}
      </Text>
      <List size="sm" spacing={2} mt={4}>
        {reasons.map((reason) => (
          <List.Item key={`${reason.key}:${JSON.stringify(reason.params)}`}>
            {reason.text}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
