import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checkin } from '../../../contracts/checkins';
import { useAnswerPulse } from '../../api/checkins';
import { Section } from '../Section';

/** The person's short pulse at the end of a check-in. */
export function PulseSection({ checkin }: { checkin: Checkin }) {
  const { t } = useTranslation();
  const answer = useAnswerPulse(checkin.id);
  const [support, setSupport] = useState(String(checkin.pulse?.support ?? ''));
  const [rhythm, setRhythm] = useState<string>(checkin.pulse?.rhythm ?? '');
  return (
    <Section title={t('checkins:pulse.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          answer.mutate({ support: Number(support), rhythm: rhythm as 'more' | 'same' | 'less' });
        }}
      >
        <Stack gap="sm">
          <Radio.Group
            label={t('checkins:pulse.support')}
            value={support}
            onChange={setSupport}
            required
          >
            <Group mt={4}>
              {[1, 2, 3, 4, 5].map((n) => (
                <Radio key={n} value={String(n)} label={t(`checkins:pulse.scale.${n}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Radio.Group
            label={t('checkins:pulse.rhythm')}
            value={rhythm}
            onChange={setRhythm}
            required
          >
            <Group mt={4}>
              {(['more', 'same', 'less'] as const).map((value) => (
                <Radio key={value} value={value} label={t(`checkins:pulse.answer.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" role="status">
              {answer.isSuccess ? t('checkins:pulse.thanks') : ''}
            </Text>
            <Button type="submit" disabled={!support || !rhythm} loading={answer.isPending}>
              {t('checkins:pulse.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
