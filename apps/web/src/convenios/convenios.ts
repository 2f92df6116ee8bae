import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type SessionUser, unwrap } from '../api/client';
import type { components, paths } from '../api/schema';

export type Convenio = components['schemas']['ConveniosResourceDto'];
export type ConvenioSummary = components['schemas']['ConveniosSummaryDto'];
export type ConvenioState = Convenio['state'];
export type ConvenioEventType = Convenio['allowedEvents'][number];
export type CreateConvenio = components['schemas']['CreateConvenioDto'];
export type ConvenioEvent =
  paths['/api/v1/convenios/{id}/events']['post']['requestBody']['content']['application/json'];
type ListQuery = NonNullable<paths['/api/v1/convenios']['get']['parameters']['query']>;

export const PAGE_SIZE = 20;
const KEY = ['convenios'] as const;

/** Who proposes: a member of a gerencia de línea or an oficina (the API refuses the others). */
export const canPropose = (user: SessionUser): boolean =>
  !user.roles.includes('ADMIN') &&
  (user.unit?.kind === 'gerencia_linea' || user.unit?.kind === 'oficina');

export interface ListFilters {
  page: number;
  state?: ConvenioState;
  year?: number;
  q?: string;
}

export async function conveniosPage(query: ListQuery) {
  return unwrap(await api.GET('/api/v1/convenios', { params: { query } }));
}

export function useConvenioList(filters: ListFilters) {
  const query: ListQuery = {
    page: filters.page,
    pageSize: PAGE_SIZE,
    state: filters.state,
    year: filters.year,
    q: filters.q,
  };
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => conveniosPage(query),
    placeholderData: keepPreviousData,
  });
}

export function useConvenio(id: string) {
  return useQuery({
    queryKey: [...KEY, 'item', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/convenios/{id}', { params: { path: { id } } })),
  });
}

export const convenioAttachmentsKey = (id: string) => [...KEY, 'attachments', id] as const;
export const convenioHistoryKey = (id: string) => [...KEY, 'history', id] as const;

export function useConvenioHistory(id: string) {
  return useQuery({
    queryKey: convenioHistoryKey(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/convenios/{id}/history', { params: { path: { id } } })),
  });
}

export function useCreateConvenio() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateConvenio) =>
      unwrap(await api.POST('/api/v1/convenios', { body })),
    onSuccess: (created) => {
      client.setQueryData([...KEY, 'item', created.id], created);
      return client.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

/** Sends one event with the version it was decided on: a change in between is a 412, never overwritten. */
export function useSendConvenioEvent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, event }: { version: number; event: ConvenioEvent }) =>
      unwrap(
        await api.POST('/api/v1/convenios/{id}/events', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: event,
        }),
      ),
    onSuccess: (updated) => {
      client.setQueryData([...KEY, 'item', id], updated);
      return Promise.all([
        client.invalidateQueries({ queryKey: convenioHistoryKey(id) }),
        // Signing freezes the attachments: canAttach follows the state.
        client.invalidateQueries({ queryKey: convenioAttachmentsKey(id) }),
        client.invalidateQueries({ queryKey: [...KEY, 'list'] }),
      ]);
    },
  });
}
