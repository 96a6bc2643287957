import { Badge, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useHelpSignal, useRespondToSignal } from '../api/checkins';
import { ErrorAlert } from '../components/ErrorAlert';
import { fieldError } from '../components/fieldError';
import { LoadingState } from '../components/LoadingState';
import { PageHeader } from '../components/PageHeader';
import { Section } from '../components/Section';
import { useFormat } from '../i18n/useFormat';

/** A raised hand, where help can come from, and the manager's response. */
export default function HelpSignalPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const detail = useHelpSignal(id);
  const respond = useRespondToSignal(id);
  const [response, setResponse] = useState('');
  if (detail.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const { signal, suggestions, canRespond } = detail.data;
  const hasSuggestions = suggestions.buddies.length + suggestions.colleagues.length > 0;
  return (
    <>
      <PageHeader
        title={t('checkins:signal.title', { name: signal.person.name })}
        description={format.dateTime(signal.createdAt)}
      />
      <Stack gap="lg">
        <Section title={t('checkins:signal.request')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{signal.body}</Text>
          <Group gap="xs">
            <Badge variant="light">{t(`checkins:signals.status.${signal.status}`)}</Badge>
            <Badge variant="outline">{t(`checkins:urgency.${signal.urgency}`)}</Badge>
            {signal.skill ? <Badge variant="light">{signal.skill.name}</Badge> : null}
          </Group>
          {signal.response ? (
            <Text size="sm">
              {t('checkins:signals.response', {
                name: signal.respondedBy?.name ?? '',
                response: signal.response,
              })}
            </Text>
          ) : null}
        </Section>
        <Section title={t('checkins:signal.where')}>
          {hasSuggestions ? (
            <List spacing={4}>
              {suggestions.buddies.map((buddy) => (
                <List.Item key={buddy.partner.id}>
                  {t('checkins:signal.buddy', {
                    kind: t(`checkins:pairing.${buddy.kind}`),
                    name: buddy.partner.name,
                  })}
                </List.Item>
              ))}
              {suggestions.colleagues.map((colleague) => (
                <List.Item key={colleague.id}>
                  {t('checkins:signal.colleague', {
                    name: colleague.name,
                    skill: signal.skill?.name ?? '',
                  })}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('checkins:signal.noSuggestions')}
            </Text>
          )}
        </Section>
        {canRespond && signal.status !== 'resolved' ? (
          <Section title={t('checkins:signal.respond')}>
            <Textarea
              label={t('checkins:signal.responseLabel')}
              value={response}
              onChange={(event) => setResponse(event.currentTarget.value)}
              error={fieldError(respond.error, 'response')}
              autosize
              minRows={2}
              maxLength={2000}
            />
            <Group>
              {signal.status === 'open' ? (
                <Button
                  variant="light"
                  loading={respond.isPending}
                  onClick={() =>
                    respond.mutate({ status: 'acknowledged', response: response || null })
                  }
                >
                  {t('checkins:signal.acknowledge')}
                </Button>
              ) : null}
              <Button
                loading={respond.isPending}
                onClick={() => respond.mutate({ status: 'resolved', response: response || null })}
              >
                {t('checkins:signal.resolve')}
              </Button>
            </Group>
          </Section>
        ) : null}
      </Stack>
    </>
  );
}
