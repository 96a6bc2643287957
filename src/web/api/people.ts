import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationResponse } from '../../contracts/auth';
import type {
  CreatePersonBody,
  DirectoryPage,
  DirectoryQuery,
  PersonProfile,
  UpdatePersonBody,
} from '../../contracts/people';
import { api } from './client';

export type DirectoryFilters = Partial<DirectoryQuery>;

export function useDirectory(filters: DirectoryFilters) {
  return useQuery({
    queryKey: ['people', 'directory', filters],
    queryFn: ({ signal }) =>
      api<DirectoryPage>('/api/v1/people', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['people', 'one', id],
    queryFn: () => api<PersonProfile>(`/api/v1/people/${id}`),
    enabled: Boolean(id),
  });
}

export function useCreatePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePersonBody) =>
      api<PersonProfile>('/api/v1/people', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['people'] }),
  });
}

export function useUpdatePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdatePersonBody }) =>
      api<PersonProfile>(`/api/v1/people/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['people'] });
      void client.invalidateQueries({ queryKey: ['teams'] });
    },
  });
}

export function useInvitePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<InvitationResponse>(`/api/v1/people/${id}/invitation`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['outbox'] }),
  });
}
