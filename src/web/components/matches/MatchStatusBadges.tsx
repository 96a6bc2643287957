import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchSummary } from '../../../contracts/matches';

const STATUS_COLOR: Record<MatchSummary['status'], string> = {
  proposed: 'blue',
  active: 'samen',
  declined: 'gray',
  ended: 'gray',
  replaced: 'gray',
};

export function MatchStatusBadges({ match }: { match: MatchSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Badge variant="light">{t(`matches:kind.${match.programme.kind}`)}</Badge>
      <Badge variant="light" color={STATUS_COLOR[match.status]}>
        {t(`matches:status.${match.status}`)}
      </Badge>
    </Group>
  );
}
