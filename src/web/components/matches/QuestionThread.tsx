import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchDetail, MatchMessage } from '../../../contracts/matches';
import { usePostMatchMessage } from '../../api/matches';
import { useFormat } from '../../i18n/useFormat';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';
import { Section } from '../Section';

function MessageForm(props: {
  matchId: string;
  label: string;
  submit: string;
  replyTo: string | null;
}) {
  const post = usePostMatchMessage();
  const [body, setBody] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        post.mutate(
          { id: props.matchId, body, replyTo: props.replyTo },
          { onSuccess: () => setBody('') },
        );
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={props.label}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={1}
          required
          error={fieldError(post.error, 'body')}
        />
        <ErrorAlert error={post.error} besideFields={['body']} />
        <Group>
          <Button type="submit" size="sm" loading={post.isPending}>
            {props.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Message({ message }: { message: MatchMessage }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div>
      <Text size="xs" c="dimmed">
        {t('matches:questions.by', {
          name: message.authorName,
          time: format.dateTime(message.createdAt),
        })}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{message.body}</Text>
    </div>
  );
}

/** "Ask my buddy": questions with their answers beneath, an answer form under each question. */
export function QuestionThread({ match, myId }: { match: MatchDetail; myId: string }) {
  const { t } = useTranslation();
  const questions = match.messages.filter((message) => message.replyTo === null);
  const open = match.status === 'proposed' || match.status === 'active';
  return (
    <Section title={t('matches:questions.title')} description={t('matches:questions.intro')}>
      {questions.length === 0 ? <Text c="dimmed">{t('matches:questions.empty')}</Text> : null}
      {questions.map((question) => (
        <Paper key={question.id} withBorder p="md">
          <Stack gap="sm">
            <Message message={question} />
            {match.messages
              .filter((message) => message.replyTo === question.id)
              .map((answer) => (
                <Paper key={answer.id} bg="var(--mantine-color-gray-0)" p="sm" ml="md">
                  <Message message={answer} />
                </Paper>
              ))}
            {open && question.authorId !== myId ? (
              <MessageForm
                matchId={match.id}
                label={t('matches:questions.reply', { name: question.authorName })}
                submit={t('matches:questions.sendReply')}
                replyTo={question.id}
              />
            ) : null}
          </Stack>
        </Paper>
      ))}
      {open ? (
        <MessageForm
          matchId={match.id}
          label={t('matches:questions.ask')}
          submit={t('matches:questions.send')}
          replyTo={null}
        />
      ) : null}
    </Section>
  );
}
