import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfferedSkill, WantedSkill } from '../../contracts/people';

/** Skills as a list of badges, each with its level (offered) or priority (wanted) spelled out. */
export function SkillBadges({
  skills,
  emptyText,
}: {
  skills: Array<OfferedSkill | WantedSkill>;
  emptyText: string;
}) {
  const { t } = useTranslation();
  if (skills.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <Group gap="xs" role="list">
      {skills.map((skill) => (
        <Badge
          key={skill.skillId}
          role="listitem"
          variant="light"
          size="lg"
          radius="sm"
          tt="none"
          fw={500}
        >
          {skill.name}
          {' · '}
          {'level' in skill
            ? t(`vocab.skillLevel.${skill.level}`)
            : t(`vocab.skillPriority.${skill.priority}`)}
        </Badge>
      ))}
    </Group>
  );
}
