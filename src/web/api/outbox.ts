import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OutboxMail, OutboxPage } from '../../contracts/outbox';
import { api } from './client';

export function useOutbox(page: number, pageSize = 20) {
  return useQuery({
    queryKey: ['outbox', page, pageSize],
    queryFn: () => api<OutboxPage>('/api/v1/admin/outbox', { query: { page, pageSize } }),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxMail(id: string | null) {
  return useQuery({
    queryKey: ['outbox', 'mail', id],
    queryFn: () => api<OutboxMail>(`/api/v1/admin/outbox/${id}`),
    enabled: id !== null,
  });
}
