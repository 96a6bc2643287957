import { EmptyState, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invitationUrl, useMyMeetings, usePickSlot, useRescheduleMeeting } from '../api/meetings';
import { useMyProfile } from '../api/profile';
import { ErrorAlert } from '../components/ErrorAlert';
import { Icon } from '../components/Icon';
import { LoadingState } from '../components/LoadingState';
import { MeetingCard } from '../components/meetings/MeetingCard';
import { PageHeader } from '../components/PageHeader';

export default function MeetingsPage() {
  const { t } = useTranslation();
  const meetings = useMyMeetings();
  const profile = useMyProfile();
  const pick = usePickSlot();
  const reschedule = useRescheduleMeeting();
  // The card whose change was sent last: only it shows the answer.
  const [active, setActive] = useState<{ id: string; change: 'pick' | 'move' } | null>(null);
  const viewerTimeZone =
    profile.data?.account.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <>
      <PageHeader title={t('meetings:page.title')} description={t('meetings:page.intro')} />
      <ErrorAlert error={meetings.error} />
      {meetings.isPending ? <LoadingState /> : null}
      {meetings.data?.items.length === 0 ? (
        <Paper p="xl">
          <EmptyState
            icon={<Icon name="clock" size={28} />}
            variant="light"
            title={t('meetings:page.title')}
            description={t('meetings:page.empty')}
          />
        </Paper>
      ) : null}
      <Stack gap="md">
        {meetings.data?.items.map((meeting) => {
          const mine = active?.id === meeting.id;
          const change = active?.change === 'pick' ? pick : reschedule;
          return (
            <MeetingCard
              key={meeting.id}
              meeting={meeting}
              viewerTimeZone={viewerTimeZone}
              invitationUrl={invitationUrl(meeting.id)}
              pending={mine && change.isPending}
              error={mine ? change.error : null}
              moved={mine && change.isSuccess}
              onPickSlot={(startsAt) => {
                setActive({ id: meeting.id, change: 'pick' });
                pick.mutate({ id: meeting.id, startsAt });
              }}
              onReschedule={(startsAt) => {
                setActive({ id: meeting.id, change: 'move' });
                reschedule.mutate({ id: meeting.id, startsAt });
              }}
            />
          );
        })}
      </Stack>
    </>
  );
}
