import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionBody,
  AgendaItemBody,
  Checkin,
  CheckinAction,
  CheckinSettings,
  CheckinSettingsPatch,
  CheckinStats,
  GoalHistory,
  HelpSignalView,
  MyCheckins,
  NoteBody,
  PersonTimeline,
  PulseBody,
  Rhythm,
  RhythmBody,
  TeamOverview,
} from '../../contracts/checkins';
import type { Goal, GoalBody, GoalPatch } from '../../contracts/goals';
import type {
  HelpSignalDetail,
  RaiseHandBody,
  SignalResponseBody,
} from '../../contracts/helpSignals';
import { api } from './client';

export const myCheckinsKey = ['me', 'checkins'] as const;
export const teamKey = ['team'] as const;
const checkinKey = (id: string) => ['checkins', id] as const;

export function useMyCheckins() {
  return useQuery({
    queryKey: myCheckinsKey,
    queryFn: () => api<MyCheckins>('/api/v1/me/checkins'),
  });
}

export function useTeam() {
  return useQuery({ queryKey: teamKey, queryFn: () => api<TeamOverview>('/api/v1/team') });
}

export function useTimeline(personId: string) {
  return useQuery({
    queryKey: ['timeline', personId],
    queryFn: () => api<PersonTimeline>(`/api/v1/people/${personId}/timeline`),
  });
}

export function useCheckin(id: string) {
  return useQuery({
    queryKey: checkinKey(id),
    queryFn: () => api<Checkin>(`/api/v1/checkins/${id}`),
  });
}

/** After any change: the check-in itself, and the lists that summarise it. */
function useRefresh() {
  const client = useQueryClient();
  return (checkin?: Checkin) => {
    if (checkin) client.setQueryData(checkinKey(checkin.id), checkin);
    void client.invalidateQueries({ queryKey: myCheckinsKey });
    void client.invalidateQueries({ queryKey: teamKey });
    void client.invalidateQueries({ queryKey: ['timeline'] });
  };
}

function useCheckinChange<Input>(request: (input: Input) => Promise<Checkin>) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: request, onSuccess: (checkin) => refresh(checkin) });
}

export const usePlanCheckin = () =>
  useCheckinChange(({ personId, scheduledOn }: { personId: string; scheduledOn: string }) =>
    api<Checkin>(`/api/v1/people/${personId}/checkins`, { method: 'POST', body: { scheduledOn } }),
  );

export const useAddAgendaItem = (id: string) =>
  useCheckinChange((body: AgendaItemBody) =>
    api<Checkin>(`/api/v1/checkins/${id}/agenda`, { method: 'POST', body }),
  );

export const useMarkAgendaItem = (id: string) =>
  useCheckinChange(({ itemId, discussed }: { itemId: string; discussed: boolean }) =>
    api<Checkin>(`/api/v1/checkins/${id}/agenda/${itemId}`, {
      method: 'PATCH',
      body: { discussed },
    }),
  );

export const useAddNote = (id: string) =>
  useCheckinChange((body: NoteBody) =>
    api<Checkin>(`/api/v1/checkins/${id}/notes`, { method: 'POST', body }),
  );

export const useAddAction = (id: string) =>
  useCheckinChange((body: ActionBody) =>
    api<Checkin>(`/api/v1/checkins/${id}/actions`, { method: 'POST', body }),
  );

export const useHoldCheckin = (id: string) =>
  useCheckinChange(() => api<Checkin>(`/api/v1/checkins/${id}/hold`, { method: 'POST' }));

export const useCancelCheckin = (id: string) =>
  useCheckinChange(() => api<Checkin>(`/api/v1/checkins/${id}/cancel`, { method: 'POST' }));

export const useAnswerPulse = (id: string) =>
  useCheckinChange((body: PulseBody) =>
    api<Checkin>(`/api/v1/checkins/${id}/pulse`, { method: 'POST', body }),
  );

export function useToggleAction() {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, done }: { id: string; done: boolean }) =>
      api<CheckinAction>(`/api/v1/checkin-actions/${id}`, { method: 'PATCH', body: { done } }),
    onSuccess: () => {
      refresh();
      void client.invalidateQueries({ queryKey: ['checkins'] });
    },
  });
}

export function useRequestRhythm() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (direction: 'more' | 'less') =>
      api<Rhythm>('/api/v1/me/rhythm-requests', { method: 'POST', body: { direction } }),
    onSuccess: () => refresh(),
  });
}

export function useSetRhythm() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ personId, ...body }: RhythmBody & { personId: string }) =>
      api<Rhythm>(`/api/v1/people/${personId}/rhythm`, { method: 'PUT', body }),
    onSuccess: () => refresh(),
  });
}

export function useRaiseHand() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RaiseHandBody) =>
      api<HelpSignalView>('/api/v1/me/help-signals', { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

export function useHelpSignal(id: string) {
  return useQuery({
    queryKey: ['help-signals', id],
    queryFn: () => api<HelpSignalDetail>(`/api/v1/help-signals/${id}`),
  });
}

export function useRespondToSignal(id: string) {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: SignalResponseBody) =>
      api<HelpSignalDetail>(`/api/v1/help-signals/${id}`, { method: 'PATCH', body }),
    onSuccess: (detail) => {
      client.setQueryData(['help-signals', id], detail);
      refresh();
    },
  });
}

export function useCheckinSettings() {
  return useQuery({
    queryKey: ['checkin-settings'],
    queryFn: () => api<CheckinSettings>('/api/v1/checkin-settings'),
  });
}

export function useSaveCheckinSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckinSettingsPatch) =>
      api<CheckinSettings>('/api/v1/checkin-settings', { method: 'PATCH', body }),
    onSuccess: (settings) => {
      client.setQueryData(['checkin-settings'], settings);
      void client.invalidateQueries({ queryKey: teamKey });
    },
  });
}

export function useCheckinStats() {
  return useQuery({
    queryKey: ['checkin-stats'],
    queryFn: () => api<CheckinStats>('/api/v1/checkin-stats'),
  });
}

/** The person or their manager changes a goal from the check-in; the change is kept. */
export function useUpdatePersonGoal(personId: string) {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ goalId, patch }: { goalId: string; patch: GoalPatch }) =>
      api<Goal>(`/api/v1/people/${personId}/goals/${goalId}`, { method: 'PATCH', body: patch }),
    onSuccess: () => {
      refresh();
      void client.invalidateQueries({ queryKey: ['goal-history', personId] });
      void client.invalidateQueries({ queryKey: ['checkins'] });
      void client.invalidateQueries({ queryKey: ['me', 'goals'] });
    },
  });
}

/** The manager adds a goal for their report (from the check-in or the person's page). */
export function useAddPersonGoal(personId: string) {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: GoalBody) =>
      api<Goal>(`/api/v1/people/${personId}/goals`, { method: 'POST', body }),
    onSuccess: () => {
      refresh();
      void client.invalidateQueries({ queryKey: ['checkins'] });
      void client.invalidateQueries({ queryKey: ['me', 'goals'] });
    },
  });
}

/** Who changed a goal and how, the newest first. */
export function useGoalHistory(personId: string, goalId: string) {
  return useQuery({
    queryKey: ['goal-history', personId, goalId],
    queryFn: () => api<GoalHistory>(`/api/v1/people/${personId}/goals/${goalId}/history`),
  });
}
