import {
  Anchor,
  Avatar,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSites } from '../api/catalog';
import { usePerson } from '../api/people';
import { ErrorAlert } from '../components/ErrorAlert';
import { Icon } from '../components/Icon';
import { LoadingState } from '../components/LoadingState';
import { GoalList } from '../components/profile/GoalList';
import { Section } from '../components/Section';
import { SkillBadges } from '../components/SkillBadges';
import { usePageTitle } from '../components/usePageTitle';
import { WeekSummary } from '../components/WeekSummary';
import { useFormat } from '../i18n/useFormat';

/** A colleague's page; what it shows depends on what the server lets the reader see. */
export default function PersonPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id } = useParams();
  const person = usePerson(id);
  const sites = useSites();
  usePageTitle(person.data?.name ?? t('person.title'));
  const back = (
    <Button
      component={Link}
      to="/people"
      variant="subtle"
      leftSection={<Icon name="arrowLeft" size={18} />}
      mb="md"
      px={0}
    >
      {t('person.back')}
    </Button>
  );
  if (person.isPending) return <LoadingState />;
  if (person.isError) {
    return (
      <>
        {back}
        <ErrorAlert error={person.error} />
      </>
    );
  }
  const p = person.data;
  const siteNames = new Map((sites.data?.items ?? []).map((s) => [s.id, s.name]));
  const facts = [
    p.team ? { label: t('person.team'), value: p.team.name } : null,
    p.site ? { label: t('person.site'), value: p.site.name } : null,
    p.account?.manager
      ? {
          label: t('person.manager'),
          value: (
            <Anchor component={Link} to={`/people/${p.account.manager.id}`}>
              {p.account.manager.name}
            </Anchor>
          ),
        }
      : null,
    p.languages.length > 0
      ? { label: t('person.languages'), value: format.list(p.languages.map(format.language)) }
      : null,
    p.account
      ? {
          label: t('person.email'),
          value: <Anchor href={`mailto:${p.account.email}`}>{p.account.email}</Anchor>,
        }
      : null,
    p.account?.startDate
      ? { label: t('person.startDate'), value: format.date(p.account.startDate) }
      : null,
    p.account ? { label: t('person.timeZone'), value: p.account.timeZone } : null,
  ].filter((fact) => fact !== null);

  return (
    <>
      {back}
      <Stack gap="lg">
        <Paper p={{ base: 'md', sm: 'xl' }}>
          <Group gap="lg" align="flex-start" wrap="wrap">
            <Avatar color="samen" radius="xl" size={72} aria-hidden="true">
              {p.initials}
            </Avatar>
            <Stack gap={4} style={{ flex: '1 1 14rem' }}>
              <Title order={1} fz={{ base: 24, sm: 28 }}>
                {p.name}
              </Title>
              <Text c="dimmed">{p.jobTitle ?? t('person.noTitle')}</Text>
            </Stack>
          </Group>
          {facts.length > 0 ? (
            <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" mt="lg" mb={0}>
              {facts.map((fact) => (
                <div key={fact.label}>
                  <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {fact.label}
                  </Text>
                  <Text component="dd" m={0} mt={2}>
                    {fact.value}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
          ) : null}
        </Paper>
        <Section title={t('person.week')}>
          <WeekSummary
            workPattern={p.account?.workPattern}
            siteDays={p.siteDays}
            siteNames={siteNames}
          />
        </Section>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title={t('person.offers')}>
            <SkillBadges skills={p.skillsOffered} emptyText={t('person.offersNone')} />
          </Section>
          <Section title={t('person.wants')}>
            <SkillBadges skills={p.skillsWanted} emptyText={t('person.wantsNone')} />
          </Section>
        </SimpleGrid>
        {p.learning ? (
          <Section title={t('person.learning')} description={t('person.learningPrivate')}>
            <Text>
              <Text span fw={600}>
                {t('profile.support.label')}:
              </Text>{' '}
              {p.learning.supportNeed} · {t(`vocab.supportNeed.${p.learning.supportNeed}.title`)}
            </Text>
            {p.learning.learningWays.length > 0 ? (
              <Text>
                <Text span fw={600}>
                  {t('person.learningWays')}:
                </Text>{' '}
                {format.list(p.learning.learningWays.map((w) => t(`vocab.learningWay.${w}`)))}
              </Text>
            ) : null}
            {p.learning.goals.length > 0 ? (
              <GoalList goals={p.learning.goals} />
            ) : (
              <Text c="dimmed">{t('person.noGoals')}</Text>
            )}
          </Section>
        ) : null}
      </Stack>
    </>
  );
}
