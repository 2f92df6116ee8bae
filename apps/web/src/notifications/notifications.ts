import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

const PAGE_SIZE = 20;
const KEY = ['notifications'] as const;

/** How many are unread, refreshed every minute while the console is open. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...KEY, 'unread'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/notifications', { params: { query: { pageSize: 1 } } })).unread,
    refetchInterval: 60_000,
  });
}

/** The caller's notifications, newest first, a page at a time. */
export function useNotifications(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...KEY, 'list'],
    enabled,
    initialPageParam: 1,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/notifications', {
          params: { query: { page: pageParam, pageSize: PAGE_SIZE } },
        }),
      ),
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/notifications/read-all')),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
