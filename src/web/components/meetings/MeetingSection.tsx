import { useTranslation } from 'react-i18next';
import { invitationUrl, useMeeting, usePickSlot, useRescheduleMeeting } from '../../api/meetings';
import { useMyProfile } from '../../api/profile';
import { ErrorAlert } from '../ErrorAlert';
import { LoadingState } from '../LoadingState';
import { Section } from '../Section';
import { MeetingCard } from './MeetingCard';

/**
 * The meeting a pairing or a check-in set up, on that page: when and where, the other proposed
 * times to pick, a time of one's own, and the invitation to download.
 */
export function MeetingSection({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(meetingId);
  const profile = useMyProfile();
  const pick = usePickSlot();
  const reschedule = useRescheduleMeeting();
  const viewerTimeZone =
    profile.data?.account.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const last = pick.submittedAt >= reschedule.submittedAt ? pick : reschedule;
  return (
    <Section title={t('meetings:section')}>
      {meeting.isPending ? <LoadingState /> : null}
      {meeting.isError ? <ErrorAlert error={meeting.error} /> : null}
      {meeting.data ? (
        <MeetingCard
          meeting={meeting.data}
          viewerTimeZone={viewerTimeZone}
          invitationUrl={invitationUrl(meeting.data.id)}
          pending={last.isPending}
          error={last.error}
          moved={last.isSuccess}
          onPickSlot={(startsAt) => pick.mutate({ id: meetingId, startsAt })}
          onReschedule={(startsAt) => reschedule.mutate({ id: meetingId, startsAt })}
        />
      ) : null}
    </Section>
  );
}
