import { Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../contracts/goals';
import { useFormat } from '../../i18n/useFormat';
import { Icon } from '../Icon';

const statusColours: Record<Goal['status'], string> = {
  open: 'gray',
  in_progress: 'blue',
  done: 'samen',
  dropped: 'gray',
};

/**
 * Learning goals as cards; `onEdit` makes each one editable (the owner's own page), `onHistory`
 * offers each one's history of changes.
 */
export function GoalList({
  goals,
  onEdit,
  onHistory,
}: {
  goals: Goal[];
  onEdit?: (goal: Goal) => void;
  onHistory?: (goal: Goal) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {goals.map((goal) => (
        <Paper key={goal.id} component="li" p="md" radius="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Text fw={600}>{goal.title}</Text>
                <Badge color={statusColours[goal.status]} variant="light" size="sm">
                  {t(`vocab.goalStatus.${goal.status}`)}
                </Badge>
              </Group>
              {goal.why ? (
                <Text size="sm" c="dimmed">
                  {goal.why}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed">
                {[
                  goal.skill ? t('profile.goals.skill', { skill: goal.skill.name }) : null,
                  goal.targetDate
                    ? t('profile.goals.target', { date: format.date(goal.targetDate) })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
            <Group gap={4} wrap="nowrap">
              {onHistory ? (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<Icon name="clock" size={16} />}
                  onClick={() => onHistory(goal)}
                  aria-label={t('checkins:history.open', { title: goal.title })}
                >
                  {t('checkins:history.button')}
                </Button>
              ) : null}
              {onEdit ? (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<Icon name="pencil" size={16} />}
                  onClick={() => onEdit(goal)}
                  aria-label={t('profile.goals.editNamed', { title: goal.title })}
                >
                  {t('actions.edit')}
                </Button>
              ) : null}
            </Group>
          </Group>
          <Progress
            value={goal.progress}
            mt="sm"
            size="sm"
            aria-label={t('profile.goals.progressOf', { title: goal.title })}
          />
        </Paper>
      ))}
    </Stack>
  );
}
