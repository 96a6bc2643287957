import { Anchor, Avatar, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonCard as PersonCardData } from '../../contracts/people';
import { useFormat } from '../i18n/useFormat';
import { Icon } from './Icon';

const SHOWN_SKILLS = 4;

/** A colleague in the directory: who, where and when on site, and what they can teach. */
export function PersonCard({
  person,
  highlightSkillId,
}: {
  person: PersonCardData;
  highlightSkillId?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const skills = [...person.skillsOffered].sort(
    (a, b) =>
      Number(b.skillId === highlightSkillId) - Number(a.skillId === highlightSkillId) ||
      b.level - a.level,
  );
  const sites = [...new Set(person.siteDays.map((d) => d.siteName))];
  const days = person.siteDays.map((d) => format.weekdayShort(d.weekday));

  return (
    <Paper component="li" p="md" h="100%" style={{ listStyle: 'none' }}>
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Avatar color="samen" radius="xl" size={44} aria-hidden="true">
            {person.initials}
          </Avatar>
          <div style={{ minWidth: 0 }}>
            <Title order={2} fz="md" fw={600} lh={1.4}>
              <Anchor component={Link} to={`/people/${person.id}`} c="samen.8" inherit>
                {person.name}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed" lineClamp={1}>
              {[person.jobTitle, person.team?.name].filter(Boolean).join(' · ') || '—'}
            </Text>
          </div>
        </Group>
        {person.siteDays.length > 0 ? (
          <Group gap={6} wrap="nowrap">
            <Icon
              name="mapPin"
              size={16}
              style={{ flexShrink: 0, color: 'var(--mantine-color-samen-7)' }}
            />
            <Text size="sm">
              {t('directory.onSite', { days: format.list(days), sites: format.list(sites) })}
            </Text>
          </Group>
        ) : (
          <Group gap={6} wrap="nowrap">
            <Icon name="home" size={16} style={{ flexShrink: 0 }} />
            <Text size="sm" c="dimmed">
              {t('directory.remote')}
            </Text>
          </Group>
        )}
        {skills.length > 0 ? (
          <Group gap={6} mt="auto" aria-label={t('directory.offers')} role="list">
            {skills.slice(0, SHOWN_SKILLS).map((skill) => (
              <Badge
                key={skill.skillId}
                role="listitem"
                variant={skill.skillId === highlightSkillId ? 'filled' : 'light'}
                color={skill.skillId === highlightSkillId ? 'samen' : 'gray'}
                tt="none"
                fw={500}
                radius="sm"
              >
                {skill.name} · {skill.level}/5
              </Badge>
            ))}
            {skills.length > SHOWN_SKILLS ? (
              <Text size="xs" c="dimmed" role="listitem">
                {t('directory.moreSkills', { count: skills.length - SHOWN_SKILLS })}
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
