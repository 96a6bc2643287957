import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationList } from '../../contracts/notifications';
import { api } from './client';

const key = ['me', 'notifications'] as const;

/** The bell's list; looked at again every minute so new ones show without a reload. */
export function useNotifications() {
  return useQuery({
    queryKey: key,
    queryFn: () => api<NotificationList>('/api/v1/me/notifications'),
    refetchInterval: 60_000,
  });
}

export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<NotificationList>(`/api/v1/me/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: (list) => client.setQueryData(key, list),
  });
}

export function useMarkAllNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<NotificationList>('/api/v1/me/notifications/read-all', { method: 'POST' }),
    onSuccess: (list) => client.setQueryData(key, list),
  });
}
