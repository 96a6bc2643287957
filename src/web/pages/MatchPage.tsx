import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMatch } from '../api/matches';
import { useMe } from '../api/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { Icon } from '../components/Icon';
import { LoadingState } from '../components/LoadingState';
import { EndMatchButton } from '../components/matches/EndMatchButton';
import { FeedbackForm } from '../components/matches/FeedbackForm';
import { MatchAnswer } from '../components/matches/MatchAnswer';
import { MatchStatusBadges } from '../components/matches/MatchStatusBadges';
import { MentoringPanel } from '../components/matches/MentoringPanel';
import { OnboardingChecklist } from '../components/matches/OnboardingChecklist';
import { PartnerSummary } from '../components/matches/PartnerSummary';
import { QuestionThread } from '../components/matches/QuestionThread';
import { ReasonList } from '../components/matches/ReasonList';
import { MeetingSection } from '../components/meetings/MeetingSection';
import { PageHeader } from '../components/PageHeader';
import { Section } from '../components/Section';
import { usePageTitle } from '../components/usePageTitle';
import { useFormat } from '../i18n/useFormat';

/** One pairing: the partner, why, and what the programme kind adds to it. */
export default function MatchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id } = useParams();
  const match = useMatch(id);
  const me = useMe().data;
  const names = format.list((match.data?.partners ?? []).map((partner) => partner.name));
  const title = match.data ? t('matches:detailTitle', { names }) : t('matches:title');
  usePageTitle(title);
  const back = (
    <Button
      component={Link}
      to="/matches"
      variant="subtle"
      leftSection={<Icon name="arrowLeft" size={18} />}
      mb="md"
      px={0}
    >
      {t('matches:back')}
    </Button>
  );
  if (match.isPending) return <LoadingState />;
  if (match.isError || !me) {
    return (
      <>
        {back}
        <ErrorAlert error={match.error} />
      </>
    );
  }
  const m = match.data;
  const mentoring = m.programme.kind === 'mentoring' || m.programme.kind === 'reverse_mentoring';
  return (
    <>
      {back}
      <PageHeader
        title={title}
        description={m.programme.name}
        actions={m.status === 'active' ? <EndMatchButton matchId={m.id} /> : null}
      />
      <Stack gap="lg">
        <Paper p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <MatchStatusBadges match={m} />
              <Text size="sm" c="dimmed">
                {m.endedAt
                  ? t('matches:endedOn', { date: format.date(m.endedAt) })
                  : m.startsOn
                    ? t('matches:started', { date: format.date(m.startsOn) })
                    : null}
              </Text>
            </Group>
            {m.endReason ? (
              <Text size="sm">{t('matches:endReason', { reason: m.endReason })}</Text>
            ) : null}
            <ReasonList reasons={m.reasons} />
            <MatchAnswer match={m} />
          </Stack>
        </Paper>
        {m.meetingId && m.status === 'active' ? <MeetingSection meetingId={m.meetingId} /> : null}
        <Section title={t('matches:partner')}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {m.partners.map((partner) => (
              <PartnerSummary key={partner.id} partner={partner} />
            ))}
          </SimpleGrid>
        </Section>
        {m.programme.kind === 'buddy' ? <QuestionThread match={m} myId={me.id} /> : null}
        {mentoring ? <MentoringPanel match={m} /> : null}
        {m.checklist ? (
          <OnboardingChecklist
            matchId={m.id}
            items={m.checklist}
            editable={m.status === 'active' || m.status === 'ended'}
          />
        ) : null}
        {m.status === 'active' || m.status === 'ended' ? <FeedbackForm match={m} /> : null}
      </Stack>
    </>
  );
}
