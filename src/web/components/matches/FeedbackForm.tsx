import { Button, Group, List, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchDetail, MatchFeedback } from '../../../contracts/matches';
import { useRecordMatchFeedback } from '../../api/matches';
import { useFormat } from '../../i18n/useFormat';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';
import { Section } from '../Section';

const ANSWERS: MatchFeedback['answer'][] = ['yes', 'not_yet', 'no'];

/** "Did you meet?" for a meeting date, with a 1–5 rating when you did. */
export function FeedbackForm({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const record = useRecordMatchFeedback();
  const [meetingOn, setMeetingOn] = useState(new Date().toISOString().slice(0, 10));
  const [answer, setAnswer] = useState<MatchFeedback['answer']>('yes');
  const [rating, setRating] = useState<string | null>(null);
  return (
    <Section title={t('matches:feedback.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate({
            id: match.id,
            meetingOn,
            answer,
            rating: answer === 'yes' && rating ? Number(rating) : null,
          });
        }}
      >
        <Stack gap="sm">
          <TextInput
            type="date"
            label={t('matches:feedback.meetingOn')}
            value={meetingOn}
            onChange={(event) => setMeetingOn(event.currentTarget.value)}
            required
            error={fieldError(record.error, 'meetingOn')}
          />
          <Radio.Group
            label={t('matches:feedback.answer')}
            value={answer}
            onChange={(value) => setAnswer(value as MatchFeedback['answer'])}
          >
            <Group mt={4}>
              {ANSWERS.map((value) => (
                <Radio key={value} value={value} label={t(`matches:feedback.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
          {answer === 'yes' ? (
            <Select
              label={t('matches:feedback.rating')}
              placeholder={t('matches:feedback.noRating')}
              data={['1', '2', '3', '4', '5'].map((value) => ({
                value,
                label: t('matches:feedback.ratingValue', { count: Number(value) }),
              }))}
              value={rating}
              onChange={setRating}
              clearable
              error={fieldError(record.error, 'rating')}
            />
          ) : null}
          <ErrorAlert error={record.error} besideFields={['meetingOn', 'rating']} />
          <Group>
            <Button type="submit" size="sm" loading={record.isPending}>
              {t('matches:feedback.save')}
            </Button>
            {record.isSuccess ? (
              <Text size="sm" role="status">
                {t('matches:feedback.saved')}
              </Text>
            ) : null}
          </Group>
        </Stack>
      </form>
      {match.myFeedback.length > 0 ? (
        <div>
          <Text fw={600} size="sm">
            {t('matches:feedback.earlier')}
          </Text>
          <List size="sm">
            {match.myFeedback.map((entry) => (
              <List.Item key={entry.meetingOn}>
                {t('matches:feedback.answerOn', {
                  date: format.date(entry.meetingOn),
                  answer: t(`matches:feedback.${entry.answer}`),
                })}
                {entry.rating
                  ? ` · ${t('matches:feedback.ratingValue', { count: entry.rating })}`
                  : ''}
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
    </Section>
  );
}
