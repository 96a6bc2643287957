import { Button, Group, List, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchDetail } from '../../../contracts/matches';
import { useAddMatchLogEntry, useSetLearningWish } from '../../api/matches';
import { useFormat } from '../../i18n/useFormat';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';
import { Section } from '../Section';

function WishForm({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSetLearningWish();
  const [wish, setWish] = useState(match.myLearningWish ?? '');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ id: match.id, wish: wish.trim() || null });
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('matches:wishes.mine', {
            names: format.list(match.partners.map((partner) => partner.name)),
          })}
          value={wish}
          onChange={(event) => setWish(event.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
          error={fieldError(save.error, 'wish')}
        />
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" size="sm" loading={save.isPending}>
            {t('matches:wishes.save')}
          </Button>
          {save.isSuccess ? (
            <Text size="sm" role="status">
              {t('matches:wishes.saved')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

function LogForm({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const add = useAddMatchLogEntry();
  const [heldOn, setHeldOn] = useState(new Date().toISOString().slice(0, 10));
  const [learned, setLearned] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({ id: matchId, heldOn, learned }, { onSuccess: () => setLearned('') });
      }}
    >
      <Stack gap="xs">
        <TextInput
          type="date"
          label={t('matches:log.heldOn')}
          value={heldOn}
          onChange={(event) => setHeldOn(event.currentTarget.value)}
          required
          error={fieldError(add.error, 'heldOn')}
        />
        <Textarea
          label={t('matches:log.learned')}
          value={learned}
          onChange={(event) => setLearned(event.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
          required
          error={fieldError(add.error, 'learned')}
        />
        <ErrorAlert error={add.error} />
        <Group>
          <Button type="submit" size="sm" loading={add.isPending}>
            {t('matches:log.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Mentoring both ways: what each wants to learn from the other, and a log of sessions. */
export function MentoringPanel({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = match.status === 'proposed' || match.status === 'active';
  return (
    <>
      <Section title={t('matches:wishes.title')}>
        {match.partners.map((partner) => (
          <div key={partner.id}>
            <Text fw={600} size="sm">
              {t('matches:wishes.theirs', { name: partner.name })}
            </Text>
            <Text c={partner.learningWish ? undefined : 'dimmed'}>
              {partner.learningWish ?? t('matches:wishes.none')}
            </Text>
          </div>
        ))}
        {open ? <WishForm match={match} /> : null}
      </Section>
      <Section title={t('matches:log.title')}>
        {match.log.length === 0 ? (
          <Text c="dimmed">{t('matches:log.empty')}</Text>
        ) : (
          <List spacing="xs">
            {match.log.map((entry) => (
              <List.Item key={entry.id}>
                <Text size="sm" fw={600}>
                  {format.date(entry.heldOn)} · {entry.authorName}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.learned}</Text>
              </List.Item>
            ))}
          </List>
        )}
        {match.status === 'active' || match.status === 'ended' ? (
          <LogForm matchId={match.id} />
        ) : null}
      </Section>
    </>
  );
}
