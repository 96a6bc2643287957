import { Button, Group, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Skill } from '../../../contracts/skills';
import { type SkillCategory, skillCategories } from '../../../domain/people/vocabulary';
import { useDeleteSkill, useSaveSkill } from '../../api/catalog';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';

/** A skill of the taxonomy: its name, category, the other words people use for it. */
export function SkillForm({ skill, onDone }: { skill: Skill | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveSkill();
  const remove = useDeleteSkill();
  const [name, setName] = useState(skill?.name ?? '');
  const [category, setCategory] = useState<SkillCategory>(skill?.category ?? 'other');
  const [synonyms, setSynonyms] = useState<string[]>(skill?.synonyms ?? []);
  const [description, setDescription] = useState(skill?.description ?? '');
  const [confirming, setConfirming] = useState(false);
  const error = save.error ?? remove.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: skill?.id ?? null,
        body: { name, category, synonyms, description: description.trim() || null },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} />
        <TextInput
          label={t('adminSkills.form.name')}
          required
          data-autofocus
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(save.error, 'name')}
        />
        <Select
          label={t('adminSkills.form.category')}
          data={skillCategories.map((c) => ({ value: c, label: t(`vocab.skillCategory.${c}`) }))}
          value={category}
          allowDeselect={false}
          onChange={(c) => setCategory((c ?? 'other') as SkillCategory)}
          error={fieldError(save.error, 'category')}
          comboboxProps={{ withinPortal: true }}
        />
        <TagsInput
          label={t('adminSkills.form.synonyms')}
          description={t('adminSkills.form.synonymsHint')}
          value={synonyms}
          onChange={setSynonyms}
          error={fieldError(save.error, 'synonyms')}
          clearable
        />
        <Textarea
          label={t('adminSkills.form.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError(save.error, 'description')}
        />
        <Group justify="space-between" gap="sm">
          {skill ? (
            confirming ? (
              <Group gap="xs">
                <Button
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate(skill.id, { onSuccess: onDone })}
                >
                  {t('adminSkills.confirmDelete')}
                </Button>
                <Button variant="default" onClick={() => setConfirming(false)}>
                  {t('actions.cancel')}
                </Button>
              </Group>
            ) : (
              <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
                {t('actions.delete')}
              </Button>
            )
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {skill ? t('actions.save') : t('adminSkills.form.create')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
