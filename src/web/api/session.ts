import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LoginBody,
  Me,
  PasswordResetBody,
  PreferencesBody,
  SignedInResponse,
  TokenPasswordBody,
} from '../../contracts/auth';
import { ApiError, api } from './client';

export const meKey = ['me'] as const;

/** The signed-in person, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await api<Me>('/api/v1/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** After any sign-in: forget what the previous person saw, then remember the new one. */
export function useSignedIn() {
  const client = useQueryClient();
  return (signedIn: SignedInResponse) => {
    client.clear();
    client.setQueryData(meKey, signedIn.person);
  };
}

export function useLogin() {
  const onSignedIn = useSignedIn();
  return useMutation({
    mutationFn: (body: LoginBody) =>
      api<SignedInResponse>('/api/v1/auth/login', { method: 'POST', body }),
    onSuccess: onSignedIn,
  });
}

export function useAcceptInvitation() {
  const onSignedIn = useSignedIn();
  return useMutation({
    mutationFn: (body: TokenPasswordBody) =>
      api<SignedInResponse>('/api/v1/auth/invitation/accept', { method: 'POST', body }),
    onSuccess: onSignedIn,
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/v1/auth/logout', { method: 'POST' }),
    onSettled: () => {
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetBody) =>
      api<void>('/api/v1/auth/password-reset', { method: 'POST', body }),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: TokenPasswordBody) =>
      api<void>('/api/v1/auth/password-reset/confirm', { method: 'POST', body }),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PreferencesBody) =>
      api<Me>('/api/v1/me/preferences', { method: 'PATCH', body }),
    onSuccess: (me) => client.setQueryData(meKey, me),
  });
}
