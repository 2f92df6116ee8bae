import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type SessionUser, unwrap } from '../api/client';
import type { components, paths } from '../api/schema';

export type Modification = components['schemas']['BudgetModificationsResourceDto'];
export type ModificationSummary = components['schemas']['BudgetModificationsSummaryDto'];
export type ModificationState = Modification['state'];
export type ModificationEventType = Modification['allowedEvents'][number];
export type CreateModification = components['schemas']['CreateBudgetModificationDto'];
export type ProgrammaticLine = components['schemas']['ProgrammaticLineDto'];
export type ModificationEvent =
  paths['/api/v1/budget-modifications/{id}/events']['post']['requestBody']['content']['application/json'];
type ListQuery = NonNullable<paths['/api/v1/budget-modifications']['get']['parameters']['query']>;

export const PAGE_SIZE = 20;
const KEY = ['budget-modifications'] as const;

/** Where the section lives: the tray links the same address (work-items.ts). */
export const MODIFICATIONS_PATH = '/presupuesto/modificaciones';

/** Who asks: a member of a gerencia de línea or an oficina (the API refuses the others). */
export const canRequest = (user: SessionUser): boolean =>
  !user.roles.includes('ADMIN') &&
  (user.unit?.kind === 'gerencia_linea' || user.unit?.kind === 'oficina');

export async function modificationsPage(query: ListQuery) {
  return unwrap(await api.GET('/api/v1/budget-modifications', { params: { query } }));
}

export function useModificationList(filters: { page: number; state?: ModificationState }) {
  const query: ListQuery = { page: filters.page, pageSize: PAGE_SIZE, state: filters.state };
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => modificationsPage(query),
    placeholderData: keepPreviousData,
  });
}

export function useModification(id: string) {
  return useQuery({
    queryKey: [...KEY, 'item', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/budget-modifications/{id}', { params: { path: { id } } })),
  });
}

const historyKey = (id: string) => [...KEY, 'history', id] as const;

export function useModificationHistory(id: string) {
  return useQuery({
    queryKey: historyKey(id),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/budget-modifications/{id}/history', { params: { path: { id } } }),
      ),
  });
}

export function useCreateModification() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateModification) =>
      unwrap(await api.POST('/api/v1/budget-modifications', { body })),
    onSuccess: (created) => {
      client.setQueryData([...KEY, 'item', created.id], created);
      return client.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

/** Sends one event with the version it was decided on: a change in between is a 412, never overwritten. */
export function useSendModificationEvent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, event }: { version: number; event: ModificationEvent }) =>
      unwrap(
        await api.POST('/api/v1/budget-modifications/{id}/events', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: event,
        }),
      ),
    onSuccess: (updated) => {
      client.setQueryData([...KEY, 'item', id], updated);
      return Promise.all([
        client.invalidateQueries({ queryKey: historyKey(id) }),
        client.invalidateQueries({ queryKey: [...KEY, 'list'] }),
        // The approval drafts a resolution: its lists change too.
        client.invalidateQueries({ queryKey: ['resolutions'] }),
      ]);
    },
  });
}
