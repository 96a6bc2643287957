import { List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../contracts/goals';
import { useGoalHistory } from '../../api/checkins';
import { useFormat } from '../../i18n/useFormat';
import { ErrorAlert } from '../ErrorAlert';
import { LoadingState } from '../LoadingState';
import { describeGoalChanges } from './goalChanges';

/** A goal's history: who changed what, and when, the newest first. */
export function GoalHistoryDialog({
  personId,
  goal,
  onClose,
}: {
  personId: string;
  goal: Goal;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useGoalHistory(personId, goal.id);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('checkins:history.dialogTitle', { title: goal.title })}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {history.isPending ? <LoadingState /> : null}
      {history.isError ? <ErrorAlert error={history.error} /> : null}
      {history.data && history.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('checkins:history.none')}
        </Text>
      ) : null}
      {history.data && history.data.items.length > 0 ? (
        <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {history.data.items.map((event) => (
            <li key={event.id}>
              <Text size="sm" fw={600}>
                {t('checkins:history.by', {
                  name: event.author?.name ?? t('checkins:history.someone'),
                  when: format.dateTime(event.createdAt),
                })}
              </Text>
              <List size="sm">
                {describeGoalChanges(t, event.changes, format.date).map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </li>
          ))}
        </Stack>
      ) : null}
    </Modal>
  );
}
