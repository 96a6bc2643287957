import { ActionIcon, Badge, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../fieldError';
import { Icon } from '../Icon';
import { SkillPicker } from '../SkillPicker';
import type { DraftSkill } from './profileDraft';

/**
 * Skills offered (with a level 1–5) or wanted (with a priority 1–3): a list to adjust, and a
 * search box to add one more from the organisation's taxonomy.
 */
export function SkillListEditor({
  kind,
  skills,
  error,
  onChange,
}: {
  kind: 'offered' | 'wanted';
  skills: DraftSkill[];
  error: unknown;
  onChange: (skills: DraftSkill[]) => void;
}) {
  const { t } = useTranslation();
  const scale = kind === 'offered' ? [1, 2, 3, 4, 5] : [1, 2, 3];
  const scaleKey = kind === 'offered' ? 'vocab.skillLevel' : 'vocab.skillPriority';
  const field = kind === 'offered' ? 'skillsOffered' : 'skillsWanted';
  const fallback = kind === 'offered' ? 3 : 2;

  return (
    <Stack gap="sm">
      {skills.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`profile.skills.${kind}Empty`)}
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {skills.map((skill, index) => (
            <Paper key={skill.skillId} component="li" p="xs" pl="md" radius="md">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="xs">
                  <Badge variant="light" size="lg" radius="sm" tt="none" fw={600}>
                    {skill.name}
                  </Badge>
                </Group>
                <Group gap="xs" wrap="nowrap">
                  <Select
                    size="sm"
                    w={190}
                    aria-label={t(`profile.skills.${kind}ValueLabel`, { skill: skill.name })}
                    data={scale.map((n) => ({
                      value: String(n),
                      label: `${n} · ${t(`${scaleKey}.${n}`)}`,
                    }))}
                    value={String(skill.value)}
                    allowDeselect={false}
                    onChange={(v) =>
                      onChange(skills.map((s, i) => (i === index ? { ...s, value: Number(v) } : s)))
                    }
                    error={fieldError(error, `${field}.${index}`)}
                    comboboxProps={{ withinPortal: true }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="lg"
                    aria-label={t('profile.skills.remove', { skill: skill.name })}
                    onClick={() => onChange(skills.filter((_, i) => i !== index))}
                  >
                    <Icon name="trash" size={18} />
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <SkillPicker
        label={t(`profile.skills.${kind}Add`)}
        exclude={skills.map((s) => s.skillId)}
        onPick={(skill) => {
          if (skill)
            onChange([...skills, { skillId: skill.id, name: skill.name, value: fallback }]);
        }}
      />
    </Stack>
  );
}
