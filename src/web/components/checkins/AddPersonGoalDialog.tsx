import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddPersonGoal } from '../../api/checkins';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';

/** The manager adds a learning goal for their report, for instance during the check-in. */
export function AddPersonGoalDialog({
  personId,
  personName,
  onClose,
}: {
  personId: string;
  personName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddPersonGoal(personId);
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { title, why: why.trim() || null, targetDate: targetDate || null },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('checkins:goals.addFor', { name: personName })}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={add.error} />
          <TextInput
            label={t('checkins:goals.goalTitle')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            maxLength={200}
            required
            error={fieldError(add.error, 'title')}
          />
          <Textarea
            label={t('checkins:goals.why')}
            value={why}
            onChange={(event) => setWhy(event.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
          />
          <TextInput
            type="date"
            label={t('checkins:goals.targetDate')}
            value={targetDate}
            onChange={(event) => setTargetDate(event.currentTarget.value)}
            error={fieldError(add.error, 'targetDate')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('checkins:goals.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
