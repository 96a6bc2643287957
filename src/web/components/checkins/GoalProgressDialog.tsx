import { Button, Group, Modal, Select, Slider, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../contracts/goals';
import { goalStatuses } from '../../../domain/people/vocabulary';
import { useUpdatePersonGoal } from '../../api/checkins';
import { ErrorAlert } from '../ErrorAlert';

/** Status and progress of one of the person's goals, changed during the check-in. */
export function GoalProgressDialog({
  personId,
  goal,
  onClose,
}: {
  personId: string;
  goal: Goal;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePersonGoal(personId);
  const [status, setStatus] = useState(goal.status);
  const [progress, setProgress] = useState(goal.progress);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('checkins:goals.update', { title: goal.title })}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ goalId: goal.id, patch: { status, progress } }, { onSuccess: onClose });
        }}
      >
        <Stack>
          <Select
            label={t('checkins:goals.status')}
            data={goalStatuses.map((value) => ({ value, label: t(`vocab.goalStatus.${value}`) }))}
            value={status}
            onChange={(value) => value && setStatus(value as Goal['status'])}
            allowDeselect={false}
          />
          <div>
            <Text size="sm" fw={500} id={`progress-${goal.id}`}>
              {t('checkins:goals.progress')}
            </Text>
            <Slider
              value={progress}
              onChange={setProgress}
              step={10}
              min={0}
              max={100}
              label={(value) => `${value}%`}
              thumbProps={{ 'aria-labelledby': `progress-${goal.id}` }}
            />
          </div>
          {update.error ? <ErrorAlert error={update.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('checkins:goals.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
