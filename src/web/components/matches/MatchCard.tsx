import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchSummary } from '../../../contracts/matches';
import { useFormat } from '../../i18n/useFormat';
import { MatchAnswer } from './MatchAnswer';
import { MatchStatusBadges } from './MatchStatusBadges';
import { ReasonList } from './ReasonList';

/** One pairing in my list: who, in which programme, why, and my answer when it is proposed. */
export function MatchCard({ match }: { match: MatchSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const names = format.list(match.partners.map((partner) => partner.name));
  return (
    <Paper component="article" aria-labelledby={headingId} p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h4" id={headingId}>
              <Anchor component={Link} to={`/matches/${match.id}`} inherit>
                {t('matches:withPartners', { names })}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {match.programme.name}
            </Text>
          </div>
          <MatchStatusBadges match={match} />
        </Group>
        {match.partners.map((partner) => (
          <Text key={partner.id} size="sm">
            <Anchor component={Link} to={`/people/${partner.id}`}>
              {partner.name}
            </Anchor>
            {partner.jobTitle ? ` · ${partner.jobTitle}` : ''}
            {partner.role !== 'participant' ? ` · ${t(`matches:role.${partner.role}`)}` : ''}
            {partner.left ? ` · ${t('matches:partnerLeft')}` : ''}
          </Text>
        ))}
        <ReasonList reasons={match.reasons} />
        <MatchAnswer match={match} />
      </Stack>
    </Paper>
  );
}
