import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCalendarFeed, useRotateCalendarFeed, useTurnOffCalendarFeed } from '../../api/meetings';
import { ErrorAlert } from '../ErrorAlert';
import { LoadingState } from '../LoadingState';
import { Section } from '../Section';

/**
 * The private calendar-feed address: made the first time it is asked for, replaced by a new one
 * on request (the old one stops), or turned off.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const rotate = useRotateCalendarFeed();
  const turnOff = useTurnOffCalendarFeed();
  return (
    <Section title={t('meetings:calendar.title')} description={t('meetings:calendar.intro')}>
      <ErrorAlert error={feed.error ?? rotate.error ?? turnOff.error} />
      {feed.isPending ? <LoadingState /> : null}
      {feed.data ? (
        <Stack gap="sm">
          {feed.data.url ? (
            <>
              <Group align="flex-end" gap="sm" wrap="nowrap">
                <TextInput
                  label={t('meetings:calendar.url')}
                  value={feed.data.url}
                  readOnly
                  style={{ flex: 1 }}
                  onFocus={(event) => event.currentTarget.select()}
                />
                <CopyButton value={feed.data.url}>
                  {({ copied, copy }) => (
                    <Button variant="light" onClick={copy} aria-live="polite">
                      {copied ? t('meetings:calendar.copied') : t('meetings:calendar.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Text size="sm" c="dimmed">
                {t('meetings:calendar.copyNow')}
              </Text>
            </>
          ) : (
            <Text size="sm">
              {feed.data.active ? t('meetings:calendar.on') : t('meetings:calendar.off')}
            </Text>
          )}
          <Group gap="sm">
            <Button
              variant={feed.data.active ? 'default' : 'filled'}
              loading={rotate.isPending}
              onClick={() => rotate.mutate()}
            >
              {feed.data.active ? t('meetings:calendar.rotate') : t('meetings:calendar.turnOn')}
            </Button>
            {feed.data.active ? (
              <Button
                variant="subtle"
                color="red"
                loading={turnOff.isPending}
                onClick={() => turnOff.mutate()}
              >
                {t('meetings:calendar.turnOff')}
              </Button>
            ) : null}
          </Group>
          {feed.data.active ? (
            <Text size="xs" c="dimmed">
              {t('meetings:calendar.rotateHelp')}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Section>
  );
}
