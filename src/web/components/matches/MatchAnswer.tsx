import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchSummary } from '../../../contracts/matches';
import { useRespondToMatch } from '../../api/matches';
import { useFormat } from '../../i18n/useFormat';
import { ErrorAlert } from '../ErrorAlert';
import { DeclineModal } from './DeclineModal';

/** Accept or decline a proposal; after my answer, what we are waiting for. */
export function MatchAnswer({ match }: { match: MatchSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const respond = useRespondToMatch();
  const [declining, setDeclining] = useState(false);
  if (match.status !== 'proposed') return null;
  if (match.myResponse === 'accepted') {
    return (
      <Text size="sm" c="dimmed">
        {t('matches:youAccepted')}
      </Text>
    );
  }
  const names = format.list(match.partners.map((partner) => partner.name));
  return (
    <>
      <Group gap="sm">
        <Button
          onClick={() => respond.mutate({ id: match.id, response: 'accept' })}
          loading={respond.isPending}
          aria-label={`${t('matches:accept')}: ${names}`}
        >
          {t('matches:accept')}
        </Button>
        <Button
          variant="default"
          onClick={() => setDeclining(true)}
          aria-label={`${t('matches:decline')}: ${names}`}
        >
          {t('matches:decline')}
        </Button>
      </Group>
      <ErrorAlert error={respond.error} />
      <DeclineModal
        matchId={match.id}
        partnerNames={names}
        opened={declining}
        onClose={() => setDeclining(false)}
      />
    </>
  );
}
