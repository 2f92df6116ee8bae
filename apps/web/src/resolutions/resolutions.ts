import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components, paths } from '../api/schema';

export type Resolution = components['schemas']['ResolutionsResourceDto'];
export type ResolutionSummary = components['schemas']['ResolutionsSummaryDto'];
export type ResolutionState = Resolution['state'];
export type ResolutionEventType = Resolution['allowedEvents'][number];
export type Deadline = components['schemas']['DeadlineDto'];
export type HistoryItem = components['schemas']['HistoryItemDto'];
export type CreateResolution = components['schemas']['CreateResolutionDto'];
export type ResolutionEvent =
  paths['/api/v1/resolutions/{id}/events']['post']['requestBody']['content']['application/json'];
type ListQuery = NonNullable<paths['/api/v1/resolutions']['get']['parameters']['query']>;

export const PAGE_SIZE = 20;
const KEY = ['resolutions'] as const;

export interface ListFilters {
  page: number;
  state?: ResolutionState;
  year?: number;
  q?: string;
  pageSize?: number;
}

export async function resolutionsPage(query: ListQuery) {
  return unwrap(await api.GET('/api/v1/resolutions', { params: { query } }));
}

export function useResolutionList(filters: ListFilters, options: { live?: boolean } = {}) {
  const query: ListQuery = {
    page: filters.page,
    pageSize: filters.pageSize ?? PAGE_SIZE,
    state: filters.state,
    year: filters.year,
    q: filters.q,
  };
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => resolutionsPage(query),
    placeholderData: keepPreviousData,
    // The signing view keeps its rows still while a batch runs.
    refetchOnWindowFocus: options.live ?? true,
  });
}

export function useResolution(id: string) {
  return useQuery({
    queryKey: [...KEY, 'item', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/resolutions/{id}', { params: { path: { id } } })),
  });
}

export function useResolutionHistory(id: string) {
  return useQuery({
    queryKey: resolutionHistoryKey(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/resolutions/{id}/history', { params: { path: { id } } })),
  });
}

/** Under the resolutions' prefix: an event (a state that freezes attachments) reads them again. */
export const resolutionAttachmentsKey = (id: string) => [...KEY, 'attachments', id] as const;
export const resolutionHistoryKey = (id: string) => [...KEY, 'history', id] as const;

/** The municipality's units, by id (names for the origin unit, the visas, the deadlines). */
export function useUnitNames() {
  const units = useQuery({
    queryKey: ['units'],
    queryFn: async () => unwrap(await api.GET('/api/v1/units')),
    staleTime: 10 * 60_000,
  });
  const names = new Map((units.data?.items ?? []).map((u) => [u.id, u.name]));
  return (id: string | null | undefined): string => (id ? (names.get(id) ?? 'Unidad') : '—');
}

/** The municipality's people, by id and by username (the visas and the timeline name them). */
export function usePeople() {
  const users = useQuery({
    queryKey: ['users', 'all'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/users', { params: { query: { pageSize: 100 } } })),
    staleTime: 10 * 60_000,
  });
  const items = users.data?.items ?? [];
  const byId = new Map(items.map((u) => [u.id, u.fullName]));
  const byUsername = new Map(items.map((u) => [u.username, u.fullName]));
  return {
    byId: (id: string): string => byId.get(id) ?? 'Usuario',
    byUsername: (username: string): string =>
      username === 'sistema' ? 'El sistema (plazo)' : (byUsername.get(username) ?? username),
  };
}

export function useCreateResolution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateResolution) =>
      unwrap(await api.POST('/api/v1/resolutions', { body })),
    onSuccess: (created) => {
      client.setQueryData([...KEY, 'item', created.id], created);
      return client.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

/** Sends one event with the version it was decided on: a change in between is a 412, never overwritten. */
export async function sendResolutionEvent(
  id: string,
  version: number,
  event: ResolutionEvent,
): Promise<Resolution> {
  return unwrap(
    await api.POST('/api/v1/resolutions/{id}/events', {
      params: { path: { id }, header: { 'If-Match': `"${version}"` } },
      body: event,
    }),
  );
}

export function useSendEvent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, event }: { version: number; event: ResolutionEvent }) =>
      sendResolutionEvent(id, version, event),
    onSuccess: (updated) => {
      client.setQueryData([...KEY, 'item', id], updated);
      return Promise.all([
        client.invalidateQueries({ queryKey: resolutionHistoryKey(id) }),
        // Signing freezes the attachments: canAttach follows the state.
        client.invalidateQueries({ queryKey: resolutionAttachmentsKey(id) }),
        client.invalidateQueries({ queryKey: [...KEY, 'list'] }),
      ]);
    },
  });
}

/** The first deadline still running (or overdue): what the list shows. */
export function openDeadline(deadlines: Deadline[]): Deadline | null {
  const open = deadlines.filter((d) => d.status === 'pending' || d.status === 'expired');
  return open.sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0] ?? null;
}

export type Delegation = components['schemas']['DelegationDto'];

/** The kinds of delegation that let one sign a Resolución de Gerencia Municipal, by delegator. */
const SIGNING_KINDS: Record<string, readonly Delegation['kind'][]> = {
  GERENTE_MUNICIPAL: ['encargatura', 'delegacion_firma', 'delegacion_competencia'],
  ALCALDE: ['delegacion_competencia', 'delegacion_firma'],
};

/**
 * The caller's delegations and encargaturas in force today that cover signing resolutions: what
 * SIGN may name as `delegationId` (the API decides, on the day it signs).
 */
export function useSigningDelegations() {
  return useQuery({
    queryKey: ['me', 'delegations'],
    queryFn: async () => unwrap(await api.GET('/api/v1/me/delegations')),
    select: (page) =>
      page.items.filter(
        (d) =>
          d.subjects.includes('resoluciones_gerencia_municipal') &&
          (SIGNING_KINDS[d.delegatorRole] ?? []).includes(d.kind),
      ),
  });
}
