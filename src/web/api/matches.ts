import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChecklistItemKey,
  MatchDetail,
  MatchFeedbackBody,
  MatchList,
  MatchLogEntryBody,
  MatchMessageBody,
  MatchResponseBody,
} from '../../contracts/matches';
import { api } from './client';

export const myMatchesKey = ['matches'] as const;
export const matchKey = (id: string) => ['matches', id] as const;

export function useMyMatches() {
  return useQuery({ queryKey: myMatchesKey, queryFn: () => api<MatchList>('/api/v1/matches') });
}

export function useMatch(id: string | undefined) {
  return useQuery({
    queryKey: matchKey(id ?? ''),
    queryFn: () => api<MatchDetail>(`/api/v1/matches/${id}`),
    enabled: Boolean(id),
  });
}

/** Every change answers with the match as it now is: show it, and refresh the list. */
function useMatchChange<Input>(request: (input: Input) => Promise<MatchDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (match) => {
      client.setQueryData(matchKey(match.id), match);
      void client.invalidateQueries({ queryKey: myMatchesKey, exact: true });
    },
  });
}

export const useRespondToMatch = () =>
  useMatchChange(({ id, ...body }: MatchResponseBody & { id: string }) =>
    api<MatchDetail>(`/api/v1/matches/${id}/response`, { method: 'POST', body }),
  );

export const useEndMatch = () =>
  useMatchChange(({ id, reason }: { id: string; reason: string | null }) =>
    api<MatchDetail>(`/api/v1/matches/${id}/end`, { method: 'POST', body: { reason } }),
  );

export const usePostMatchMessage = () =>
  useMatchChange(({ id, ...body }: MatchMessageBody & { id: string }) =>
    api<MatchDetail>(`/api/v1/matches/${id}/messages`, { method: 'POST', body }),
  );

export const useSetLearningWish = () =>
  useMatchChange(({ id, wish }: { id: string; wish: string | null }) =>
    api<MatchDetail>(`/api/v1/matches/${id}/learning-wish`, { method: 'PUT', body: { wish } }),
  );

export const useAddMatchLogEntry = () =>
  useMatchChange(({ id, ...body }: MatchLogEntryBody & { id: string }) =>
    api<MatchDetail>(`/api/v1/matches/${id}/log`, { method: 'POST', body }),
  );

export const useTickChecklistItem = () =>
  useMatchChange(({ id, item, done }: { id: string; item: ChecklistItemKey; done: boolean }) =>
    api<MatchDetail>(`/api/v1/matches/${id}/checklist/${item}`, { method: 'PUT', body: { done } }),
  );

export const useRecordMatchFeedback = () =>
  useMatchChange(({ id, ...body }: MatchFeedbackBody & { id: string }) =>
    api<MatchDetail>(`/api/v1/matches/${id}/feedback`, { method: 'PUT', body }),
  );
