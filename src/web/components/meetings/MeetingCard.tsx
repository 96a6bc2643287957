import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../contracts/meetings';
import { instantOf, parseIsoDate } from '../../../domain/scheduling/zonedTime';
import { useFormat } from '../../i18n/useFormat';
import { ErrorAlert } from '../ErrorAlert';
import { fieldError } from '../fieldError';
import { Icon } from '../Icon';

export interface MeetingCardProps {
  meeting: MeetingView;
  /** The viewer's IANA zone: every time on the card is shown in it. */
  viewerTimeZone: string;
  /** Where the invitation downloads from (GET …/invitation.ics). */
  invitationUrl: string;
  onPickSlot: (startsAt: string) => void;
  /** A new start as an ISO instant with offset, from the reschedule form. */
  onReschedule: (startsAt: string) => void;
  /** Which change is being saved, if any. */
  pending?: boolean;
  /** The last failed change, with its field errors. */
  error?: unknown;
  /** The last change was saved: everyone gets the updated invitation. */
  moved?: boolean;
}

/** "2027-03-04T15:00" read on the clocks of a zone, as an ISO instant. */
function instantFromLocalInput(value: string, timeZone: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  const dateMs = match ? parseIsoDate(match[1]) : null;
  if (!match || dateMs === null) return null;
  return new Date(
    instantOf(timeZone, dateMs, Number(match[2]) * 60 + Number(match[3])),
  ).toISOString();
}

/** One meeting: when (in the viewer's zone), where, with whom, and how to change it. */
export function MeetingCard({
  meeting,
  viewerTimeZone,
  invitationUrl,
  onPickSlot,
  onReschedule,
  pending = false,
  error,
  moved = false,
}: MeetingCardProps) {
  const { t, i18n } = useTranslation();
  const { list } = useFormat();
  const titleId = useId();
  const [newTime, setNewTime] = useState('');
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: viewerTimeZone,
  });
  const when = meeting.nextStartsAt ?? meeting.startsAt;
  const current = meeting.startsAt;
  const others = meeting.proposedSlots.filter((slot) => slot.startsAt !== current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onReschedule(instantFromLocalInput(newTime, viewerTimeZone) ?? newTime);
  };
  const statusColor = { proposed: 'yellow', scheduled: 'samen', cancelled: 'gray' } as const;

  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      p={{ base: 'md', sm: 'lg' }}
      id={`meeting-${meeting.id}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={2} size="h4" id={titleId}>
            {meeting.title}
          </Title>
          <Badge color={statusColor[meeting.status]} variant="light" autoContrast>
            {t(`meetings:card.status.${meeting.status}`)}
          </Badge>
        </Group>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Icon name="clock" size={18} />
          <Text>
            {when ? (
              <time dateTime={when}>{format.format(new Date(when))}</time>
            ) : (
              t('meetings:card.noTime')
            )}
            {meeting.recurrence ? (
              <Text span c="dimmed">
                {' · '}
                {t('meetings:card.repeats', { count: meeting.recurrence.intervalWeeks })}
                {meeting.recurrence.until
                  ? ` ${t('meetings:card.until', {
                      date: new Intl.DateTimeFormat(i18n.language, {
                        dateStyle: 'medium',
                        timeZone: 'UTC',
                      }).format(new Date(`${meeting.recurrence.until}T12:00:00Z`)),
                    })}`
                  : ''}
              </Text>
            ) : null}
          </Text>
        </Group>
        {when ? (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Icon name={meeting.mode === 'in_person' ? 'mapPin' : 'world'} size={18} />
            {meeting.mode === 'in_person' && meeting.site ? (
              <Text>{t('meetings:card.inPerson', { site: meeting.site.name })}</Text>
            ) : (
              <Text>
                {t('meetings:card.online')}
                {meeting.videoUrl ? (
                  <>
                    {' · '}
                    <Anchor href={meeting.videoUrl} target="_blank" rel="noreferrer">
                      {t('meetings:card.join')}
                    </Anchor>
                  </>
                ) : null}
              </Text>
            )}
          </Group>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('meetings:card.with', { names: list(meeting.attendees.map((p) => p.name)) })}
        </Text>
        <ErrorAlert error={error} />
        {moved ? (
          <Text size="sm" c="samen.8" fw={500} role="status">
            {t('meetings:card.moved')}
          </Text>
        ) : null}
        {meeting.status !== 'cancelled' && others.length > 0 ? (
          <Stack gap={6}>
            <Text fw={600} size="sm">
              {t('meetings:card.otherSlots')}
            </Text>
            <Group gap="xs">
              {others.map((slot) => {
                const label = format.format(new Date(slot.startsAt));
                const place =
                  slot.mode === 'in_person' && slot.site
                    ? t('meetings:card.pickInPerson', { site: slot.site.name })
                    : t('meetings:card.pickOnline');
                return (
                  <Button
                    key={slot.startsAt}
                    variant="light"
                    size="compact-sm"
                    disabled={pending}
                    onClick={() => onPickSlot(slot.startsAt)}
                  >
                    {t('meetings:card.pick', { when: `${label} (${place})` })}
                  </Button>
                );
              })}
            </Group>
          </Stack>
        ) : null}
        {meeting.status !== 'cancelled' ? (
          <form onSubmit={submit} noValidate aria-label={t('meetings:card.reschedule')}>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                type="datetime-local"
                label={t('meetings:card.newTime')}
                description={t('meetings:card.newTimeHelp', { zone: viewerTimeZone })}
                value={newTime}
                onChange={(event) => setNewTime(event.currentTarget.value)}
                error={fieldError(error, 'startsAt')}
                required
              />
              <Button type="submit" variant="default" loading={pending} disabled={newTime === ''}>
                {t('meetings:card.save')}
              </Button>
            </Group>
          </form>
        ) : null}
        {current ? (
          <Group>
            <Anchor href={invitationUrl} download="invite.ics" size="sm">
              <Icon name="file" size={16} style={{ verticalAlign: -3, marginRight: 4 }} />
              {t('meetings:card.download')}
            </Anchor>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
