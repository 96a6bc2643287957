import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OpenProgramme,
  OpenProgrammeList,
  PairingBlockList,
  Programme,
  ProgrammeBody,
  ProgrammeList,
  ProgrammePatch,
  ProgrammeStats,
  ProgrammeTemplateList,
} from '../../contracts/programmes';
import type { Round } from '../../contracts/rounds';
import { api } from './client';

export function useProgrammeTemplates() {
  return useQuery({
    queryKey: ['programme-templates'],
    queryFn: () => api<ProgrammeTemplateList>('/api/v1/programme-templates'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useProgrammes() {
  return useQuery({
    queryKey: ['programmes'],
    queryFn: () => api<ProgrammeList>('/api/v1/programmes'),
  });
}

export function useProgramme(id: string) {
  return useQuery({
    queryKey: ['programmes', id],
    queryFn: () => api<Programme>(`/api/v1/programmes/${id}`),
  });
}

export function useProgrammeStats(id: string) {
  return useQuery({
    queryKey: ['programmes', id, 'stats'],
    queryFn: () => api<ProgrammeStats>(`/api/v1/programmes/${id}/stats`),
  });
}

export function useSaveProgramme() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: ProgrammeBody | ProgrammePatch }) =>
      id
        ? api<Programme>(`/api/v1/programmes/${id}`, { method: 'PATCH', body })
        : api<Programme>('/api/v1/programmes', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['programmes'] }),
  });
}

export function useCurrentRound(programmeId: string) {
  return useQuery({
    queryKey: ['programmes', programmeId, 'round'],
    queryFn: () => api<{ round: Round | null }>(`/api/v1/programmes/${programmeId}/rounds/current`),
  });
}

/** Every change to a round answers with the round; the programme's figures follow it. */
function useRoundAction<Input>(
  programmeId: string,
  call: (input: Input) => Promise<Round | undefined>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (round) => {
      if (round) client.setQueryData(['programmes', programmeId, 'round'], { round });
      return client.invalidateQueries({ queryKey: ['programmes', programmeId] });
    },
  });
}

export const useStartRound = (programmeId: string) =>
  useRoundAction(programmeId, () =>
    api<Round>(`/api/v1/programmes/${programmeId}/rounds`, { method: 'POST' }),
  );

export const useSwapInRound = (programmeId: string) =>
  useRoundAction(programmeId, (input: { roundId: string; personIds: string[] }) =>
    api<Round>(`/api/v1/rounds/${input.roundId}/swap`, {
      method: 'POST',
      body: { personIds: input.personIds },
    }),
  );

export const useRemoveFromRound = (programmeId: string) =>
  useRoundAction(programmeId, (input: { roundId: string; matchId: string }) =>
    api<Round>(`/api/v1/rounds/${input.roundId}/remove`, {
      method: 'POST',
      body: { matchId: input.matchId },
    }),
  );

export const usePublishRound = (programmeId: string) =>
  useRoundAction(programmeId, (roundId: string) =>
    api<Round>(`/api/v1/rounds/${roundId}/publish`, { method: 'POST' }),
  );

export const useDiscardRound = (programmeId: string) =>
  useRoundAction(programmeId, (roundId: string) =>
    api<void>(`/api/v1/rounds/${roundId}/discard`, { method: 'POST' }).then(() => undefined),
  );

export function useMyProgrammes() {
  return useQuery({
    queryKey: ['me', 'programmes'],
    queryFn: () => api<OpenProgrammeList>('/api/v1/me/programmes'),
  });
}

export function useEnrolment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { action: 'join'; id: string; role?: OpenProgramme['me']['role'] }
        | { action: 'leave'; id: string }
        | { action: 'pause'; id: string; weeks: number },
    ) => {
      const url = `/api/v1/me/programmes/${input.id}`;
      if (input.action === 'join')
        return api<OpenProgramme>(url, {
          method: 'PUT',
          body: input.role ? { role: input.role } : {},
        });
      if (input.action === 'leave') return api<OpenProgramme>(url, { method: 'DELETE' });
      return api<OpenProgramme>(`${url}/pause`, { method: 'POST', body: { weeks: input.weeks } });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['me', 'programmes'] }),
  });
}

export function useMyPairingBlocks() {
  return useQuery({
    queryKey: ['me', 'pairing-blocks'],
    queryFn: () => api<PairingBlockList>('/api/v1/me/pairing-blocks'),
  });
}

export function useChangePairingBlock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { add: boolean; personId: string }) =>
      input.add
        ? api<PairingBlockList>('/api/v1/me/pairing-blocks', {
            method: 'POST',
            body: { personId: input.personId },
          })
        : api<PairingBlockList>(`/api/v1/me/pairing-blocks/${input.personId}`, {
            method: 'DELETE',
          }),
    onSuccess: (list) => client.setQueryData(['me', 'pairing-blocks'], list),
  });
}
