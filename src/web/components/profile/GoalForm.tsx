import {
  Button,
  Group,
  Modal,
  Select,
  Slider,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, GoalBody } from '../../../contracts/goals';
import type { SkillMatch } from '../../../contracts/skills';
import { goalStatuses } from '../../../domain/people/vocabulary';
import { useAddGoal, useDeleteGoal, useUpdateGoal } from '../../api/profile';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';
import { SkillPicker } from '../SkillPicker';

type GoalDraft = Required<GoalBody> & { skill: SkillMatch | null };

function draftOf(goal: Goal | null): GoalDraft {
  return {
    title: goal?.title ?? '',
    why: goal?.why ?? '',
    skillId: goal?.skill?.id ?? null,
    skill: goal?.skill
      ? { ...goal.skill, category: 'other', synonyms: [], description: null, matchedSynonym: null }
      : null,
    targetDate: goal?.targetDate ?? null,
    status: goal?.status ?? 'open',
    progress: goal?.progress ?? 0,
  };
}

/** Add a learning goal, or change, finish or remove one. */
export function GoalForm({
  goal,
  opened,
  onClose,
}: {
  /** null adds a new goal. */
  goal: Goal | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddGoal();
  const update = useUpdateGoal();
  const remove = useDeleteGoal();
  const [draft, setDraft] = useState<GoalDraft>(() => draftOf(goal));
  const saving = goal ? update : add;
  const error = saving.error ?? remove.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { skill: _skill, ...rest } = draft;
    const body: GoalBody = {
      ...rest,
      why: rest.why?.trim() ? rest.why.trim() : null,
      targetDate: rest.targetDate || null,
    };
    if (goal) update.mutate({ id: goal.id, patch: body }, { onSuccess: onClose });
    else add.mutate(body, { onSuccess: onClose });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={goal ? t('profile.goals.editTitle') : t('profile.goals.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ErrorAlert error={error} />
          <TextInput
            label={t('profile.goals.titleLabel')}
            placeholder={t('profile.goals.titlePlaceholder')}
            required
            data-autofocus
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
            error={fieldError(error, 'title')}
          />
          <Textarea
            label={t('profile.goals.whyLabel')}
            autosize
            minRows={2}
            value={draft.why ?? ''}
            onChange={(e) => setDraft({ ...draft, why: e.currentTarget.value })}
            error={fieldError(error, 'why')}
          />
          <SkillPicker
            label={t('profile.goals.skillLabel')}
            clearable
            value={draft.skill}
            onPick={(skill) => setDraft({ ...draft, skill, skillId: skill?.id ?? null })}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('profile.goals.targetDateLabel')}
              value={draft.targetDate ?? ''}
              onChange={(e) => setDraft({ ...draft, targetDate: e.currentTarget.value || null })}
              error={fieldError(error, 'targetDate')}
              miw={180}
            />
            <Select
              label={t('profile.goals.statusLabel')}
              data={goalStatuses.map((s) => ({ value: s, label: t(`vocab.goalStatus.${s}`) }))}
              value={draft.status}
              allowDeselect={false}
              onChange={(status) =>
                setDraft({ ...draft, status: (status ?? 'open') as GoalDraft['status'] })
              }
              error={fieldError(error, 'status')}
              miw={180}
              comboboxProps={{ withinPortal: true }}
            />
          </Group>
          <div>
            <Text size="sm" fw={500} id="goal-progress-label">
              {t('profile.goals.progressLabel')}
            </Text>
            <Slider
              mt="xs"
              mb="lg"
              value={draft.progress}
              onChange={(progress) => setDraft({ ...draft, progress })}
              step={10}
              marks={[0, 25, 50, 75, 100].map((v) => ({ value: v, label: `${v}%` }))}
              label={(v) => `${v}%`}
              thumbProps={{ 'aria-labelledby': 'goal-progress-label' }}
            />
          </div>
          <Group justify="space-between" mt="sm">
            {goal ? (
              <Button
                variant="subtle"
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(goal.id, { onSuccess: onClose })}
              >
                {t('profile.goals.delete')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={saving.isPending}>
                {t('actions.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
