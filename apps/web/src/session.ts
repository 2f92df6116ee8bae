import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiProblem, type SessionUser, unwrap } from './api/client';

const ME = ['me'] as const;
/** Set when the API answers 401 while someone is signed in: the session ended under their feet. */
const EXPIRED = ['session', 'expired'] as const;
/** The console's header, which these two operations declare (the client sends it on every call). */
const CONSOLE = { header: { 'x-despacho-web': '1' } };

/**
 * A 401 while signed in means the session expired or was closed elsewhere: keep the user (and so
 * every open screen and its unsaved input) and ask for the password again (SessionExpiredModal).
 */
export function noticeUnauthenticated(client: QueryClient, error: unknown): void {
  const unauthenticated = error instanceof ApiProblem && error.problem.status === 401;
  if (unauthenticated && client.getQueryData(ME)) client.setQueryData(EXPIRED, true);
}

/** Who is signed in: the user, or null when the session cookie is missing or no longer valid. */
export function useSession() {
  const client = useQueryClient();
  return useQuery({
    queryKey: ME,
    queryFn: async (): Promise<SessionUser | null> => {
      try {
        return unwrap(await api.GET('/api/v1/me'));
      } catch (error) {
        if (!(error instanceof ApiProblem) || error.problem.status !== 401) throw error;
        const previous = client.getQueryData<SessionUser | null>(ME) ?? null;
        if (previous) client.setQueryData(EXPIRED, true);
        return previous;
      }
    },
    staleTime: 60_000,
  });
}

/** Whether the session ended while the console was open. */
export function useSessionExpired(): boolean {
  return useQuery({
    queryKey: EXPIRED,
    queryFn: () => false,
    initialData: false,
    staleTime: Infinity,
    gcTime: Infinity,
  }).data;
}

/** Signs the same user in again after an expiry; every screen then reloads its data. */
export function useResume() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: { username: string; password: string }) =>
      unwrap(await api.POST('/api/v1/auth/session', { params: CONSOLE, body: credentials })),
    onSuccess: async (session) => {
      client.setQueryData(ME, session.user);
      client.setQueryData(EXPIRED, false);
      await client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    },
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: { username: string; password: string }) =>
      unwrap(await api.POST('/api/v1/auth/session', { params: CONSOLE, body: credentials })),
    onSuccess: (session) => client.setQueryData(ME, session.user),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const result = await api.DELETE('/api/v1/auth/session', { params: CONSOLE });
      // Already closed elsewhere (401): the outcome is the same.
      if (!result.response.ok && result.response.status !== 401) unwrap(result);
    },
    onSettled: () => {
      // The session's own entries are set, not removed: the shell observes them.
      client.setQueryData(ME, null);
      client.setQueryData(EXPIRED, false);
      client.removeQueries({
        predicate: (query) => query.queryKey[0] !== 'me' && query.queryKey[0] !== 'session',
      });
    },
  });
}
