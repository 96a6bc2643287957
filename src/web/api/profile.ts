import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Goal, GoalBody, GoalList, GoalPatch } from '../../contracts/goals';
import type { MyProfile, MyProfileBody } from '../../contracts/profile';
import { api } from './client';

export const myProfileKey = ['me', 'profile'] as const;
export const myGoalsKey = ['me', 'goals'] as const;

export function useMyProfile() {
  return useQuery({
    queryKey: myProfileKey,
    queryFn: () => api<MyProfile>('/api/v1/me/profile'),
  });
}

export function useSaveMyProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MyProfileBody) =>
      api<MyProfile>('/api/v1/me/profile', { method: 'PUT', body }),
    onSuccess: (profile) => {
      client.setQueryData(myProfileKey, profile);
      // The name and language shown in the header come from /me.
      void client.invalidateQueries({ queryKey: ['me'], exact: true });
      void client.invalidateQueries({ queryKey: ['people'] });
    },
  });
}

export function useMyGoals() {
  return useQuery({
    queryKey: myGoalsKey,
    queryFn: () => api<GoalList>('/api/v1/me/goals'),
  });
}

export function useAddGoal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: GoalBody) => api<Goal>('/api/v1/me/goals', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: myGoalsKey }),
  });
}

export function useUpdateGoal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: GoalPatch }) =>
      api<Goal>(`/api/v1/me/goals/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: myGoalsKey }),
  });
}

export function useDeleteGoal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/me/goals/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: myGoalsKey }),
  });
}
