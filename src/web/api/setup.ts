import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SignedInResponse } from '../../contracts/auth';
import type {
  DemoOrganisation,
  DemoSignInBody,
  SetupBody,
  SetupState,
} from '../../contracts/setup';
import { api } from './client';
import { useSignedIn } from './session';

export const setupKey = ['setup'] as const;

export function useSetupState() {
  return useQuery({
    queryKey: setupKey,
    queryFn: () => api<SetupState>('/api/v1/setup'),
    staleTime: 60_000,
  });
}

export function useSetUpOrganisation() {
  const onSignedIn = useSignedIn();
  return useMutation({
    mutationFn: (body: SetupBody) =>
      api<SignedInResponse>('/api/v1/setup', { method: 'POST', body }),
    onSuccess: onSignedIn,
  });
}

/** Opens the demo organisation, creating it first when there is none (takes a few seconds). */
export function useOpenDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<DemoOrganisation>('/api/v1/demo', { method: 'POST' }),
    onSuccess: (demo) =>
      client.setQueryData<SetupState>(setupKey, (state) => (state ? { ...state, demo } : state)),
  });
}

export function useDemoSignIn() {
  const onSignedIn = useSignedIn();
  return useMutation({
    mutationFn: (body: DemoSignInBody) =>
      api<SignedInResponse>('/api/v1/demo/sign-in', { method: 'POST', body }),
    onSuccess: onSignedIn,
  });
}
