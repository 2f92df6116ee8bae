import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiProblem, type SessionUser, unwrap } from './api/client';

const ME = ['me'] as const;
/** The console's header, which these two operations declare (the client sends it on every call). */
const CONSOLE = { header: { 'x-despacho-web': '1' } };

/** Who is signed in: the user, or null when the session cookie is missing or no longer valid. */
export function useSession() {
  return useQuery({
    queryKey: ME,
    queryFn: async (): Promise<SessionUser | null> => {
      try {
        return unwrap(await api.GET('/api/v1/me'));
      } catch (error) {
        if (error instanceof ApiProblem && error.problem.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
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
      client.clear();
      client.setQueryData(ME, null);
    },
  });
}
