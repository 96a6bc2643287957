import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HelpSignalView } from '../../../contracts/checkins';
import { useFormat } from '../../i18n/useFormat';

const statusColours = { open: 'red', acknowledged: 'blue', resolved: 'samen' } as const;

/** Raised hands with their state and the manager's response. */
export function SignalList({
  signals,
  showPerson = false,
}: {
  signals: HelpSignalView[];
  showPerson?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (signals.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('checkins:signals.none')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {signals.map((signal) => (
        <Paper key={signal.id} component="li" p="sm" withBorder>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Anchor component={Link} to={`/signals/${signal.id}`} fw={600}>
                {showPerson ? `${signal.person.name}: ` : ''}
                {signal.body}
              </Anchor>
              <Text size="xs" c="dimmed">
                {[
                  format.date(signal.createdAt),
                  t(`checkins:urgency.${signal.urgency}`),
                  signal.skill?.name,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {signal.response ? (
                <Text size="sm">
                  {t('checkins:signals.response', {
                    name: signal.respondedBy?.name ?? '',
                    response: signal.response,
                  })}
                </Text>
              ) : null}
            </Stack>
            <Badge color={statusColours[signal.status]} variant="light">
              {t(`checkins:signals.status.${signal.status}`)}
            </Badge>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
