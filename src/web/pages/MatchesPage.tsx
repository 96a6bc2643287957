import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyMatches } from '../api/matches';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingState } from '../components/LoadingState';
import { MatchCard } from '../components/matches/MatchCard';
import { PageHeader } from '../components/PageHeader';

/** My pairings: who, in which programme, why, and accepting or declining a proposal. */
export default function MatchesPage() {
  const { t } = useTranslation();
  const matches = useMyMatches();
  return (
    <>
      <PageHeader title={t('matches:title')} description={t('matches:intro')} />
      {matches.isPending ? <LoadingState /> : null}
      {matches.isError ? (
        <ErrorAlert error={matches.error} title={t('matches:loadFailed')} />
      ) : null}
      {matches.data?.items.length === 0 ? (
        <Paper p="lg">
          <Text c="dimmed">{t('matches:empty')}</Text>
        </Paper>
      ) : null}
      <Stack gap="md">
        {matches.data?.items.map((match) => (
          <MatchCard key={match.id} match={match} />
        ))}
      </Stack>
    </>
  );
}
