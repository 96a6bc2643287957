import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeed, MeetingList, MeetingView } from '../../contracts/meetings';
import { api } from './client';

export const myMeetingsKey = ['me', 'meetings'] as const;
export const calendarFeedKey = ['me', 'calendar'] as const;

export const invitationUrl = (meetingId: string) =>
  `/api/v1/meetings/${encodeURIComponent(meetingId)}/invitation.ics`;

export function useMyMeetings() {
  return useQuery({
    queryKey: myMeetingsKey,
    queryFn: () => api<MeetingList>('/api/v1/me/meetings'),
  });
}

export const meetingKey = (id: string) => ['meetings', id] as const;

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKey(id),
    queryFn: () => api<MeetingView>(`/api/v1/meetings/${encodeURIComponent(id)}`),
  });
}

function useMeetingChange(path: 'slot' | 'reschedule') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, startsAt }: { id: string; startsAt: string }) =>
      api<MeetingView>(`/api/v1/meetings/${encodeURIComponent(id)}/${path}`, {
        method: 'POST',
        body: { startsAt },
      }),
    onSuccess: (meeting) => {
      client.setQueryData(meetingKey(meeting.id), meeting);
      return client.invalidateQueries({ queryKey: myMeetingsKey });
    },
  });
}

export const usePickSlot = () => useMeetingChange('slot');
export const useRescheduleMeeting = () => useMeetingChange('reschedule');

export function useCalendarFeed() {
  return useQuery({
    queryKey: calendarFeedKey,
    queryFn: () => api<CalendarFeed>('/api/v1/me/calendar'),
  });
}

export function useRotateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<CalendarFeed>('/api/v1/me/calendar/rotate', { method: 'POST' }),
    onSuccess: (feed) => client.setQueryData(calendarFeedKey, feed),
  });
}

export function useTurnOffCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/v1/me/calendar', { method: 'DELETE' }),
    onSuccess: () => client.setQueryData(calendarFeedKey, { active: false, url: null }),
  });
}
