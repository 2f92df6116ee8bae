import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components, paths } from '../api/schema';

export type WorkItem = components['schemas']['WorkItemDto'];
export type WorkItemQuery = NonNullable<paths['/api/v1/work-items']['get']['parameters']['query']>;

const KEY = ['work-items'] as const;

export type WorkItemKind = NonNullable<WorkItemQuery['kind']>;

/** What kind of file each item is on, as people name it (one entry per kind the API lists). */
export const KIND_NAMES: Readonly<Record<WorkItemKind, string>> = {
  resolutions: 'Resolución',
  mandates: 'Encargo',
  convenios: 'Convenio',
  'budget-modifications': 'Modificación presupuestaria',
  'budget-reviews': 'Documento de gestión',
};

export const isWorkItemKind = (value: string): value is WorkItemKind => value in KIND_NAMES;

export const kindName = (kind: string): string => (isWorkItemKind(kind) ? KIND_NAMES[kind] : kind);

/** Where the console shows each kind's file. */
const FILE_PATHS: Readonly<Record<string, string>> = {
  resolutions: '/resoluciones',
  mandates: '/encargos',
  'budget-modifications': '/presupuesto/modificaciones',
  'budget-reviews': '/calendario-de-gestion/documentos',
};

export const filePath = (item: { kind: string; instanceId: string }): string =>
  `${FILE_PATHS[item.kind] ?? `/${item.kind}`}/${item.instanceId}`;

export async function workItemsPage(query: WorkItemQuery) {
  return unwrap(await api.GET('/api/v1/work-items', { params: { query } }));
}

/** The caller's items, a page at a time, the earliest due first. */
export function useWorkItems(query: WorkItemQuery) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => workItemsPage(query),
    placeholderData: keepPreviousData,
  });
}

/** How many the caller has and how many are overdue: the navigation's counts, kept fresh. */
export function useWorkItemCounts() {
  return useQuery({
    queryKey: [...KEY, 'counts'],
    queryFn: async () => unwrap(await api.GET('/api/v1/work-items/counts')),
    refetchInterval: 60_000,
  });
}

/** How much time is left, in words: «Vence hoy», «Quedan 3 días hábiles», «Vencido hace 2 días hábiles». */
export function timeLeft(item: Pick<WorkItem, 'businessDaysLeft' | 'overdue' | 'dueOn'>): string {
  const days = item.businessDaysLeft;
  if (item.dueOn === null || days === null) return 'Sin plazo';
  if (item.overdue) {
    const late = Math.max(-days, 0);
    return late === 0
      ? 'Vencido hoy'
      : `Vencido hace ${late} ${late === 1 ? 'día hábil' : 'días hábiles'}`;
  }
  if (days === 0) return 'Vence hoy';
  return `${days === 1 ? 'Queda' : 'Quedan'} ${days} ${days === 1 ? 'día hábil' : 'días hábiles'}`;
}
