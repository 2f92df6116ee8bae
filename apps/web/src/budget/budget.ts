import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components, paths } from '../api/schema';

export type CalendarYear = components['schemas']['CalendarYearDto'];
export type CalendarItem = components['schemas']['CalendarItemDto'];
export type CalendarStatus = CalendarItem['status'];
export type DateVersion = components['schemas']['DateVersionDto'];
export type BudgetReview = components['schemas']['BudgetReviewsResourceDto'];
export type BudgetReviewState = BudgetReview['state'];
export type BudgetReviewEventType = BudgetReview['allowedEvents'][number];
export type BudgetReviewEvent =
  paths['/api/v1/budget-reviews/{id}/events']['post']['requestBody']['content']['application/json'];

const KEY = ['budget-reviews'] as const;
const CALENDAR = ['budget-calendar'] as const;

/** Where the console shows the calendar and each document's file. */
export const CALENDAR_PATH = '/calendario-de-gestion';
export const reviewPath = (id: string): string => `${CALENDAR_PATH}/documentos/${id}`;

/** The phase the unit completes next: the first not yet completed (they go in order). */
export const nextPhase = (review: BudgetReview): BudgetReview['phases'][number] | undefined =>
  review.phases.find((p) => p.completion === null);

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [...CALENDAR, year],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/budget/calendar/{year}', { params: { path: { year } } })),
    retry: false,
  });
}

/** ADMIN seeds the year: one file per document of the profile (idempotent). */
export function useSeedYear(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/budget/calendar/{year}/seed', { params: { path: { year } } })),
    onSuccess: (seeded) =>
      client.setQueryData<CalendarYear>([...CALENDAR, year], {
        year: seeded.year,
        today: seeded.today,
        items: seeded.items,
      }),
  });
}

export function useBudgetReview(id: string) {
  return useQuery({
    queryKey: [...KEY, 'item', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/budget-reviews/{id}', { params: { path: { id } } })),
  });
}

export const budgetReviewHistoryKey = (id: string) => [...KEY, 'history', id] as const;
const datesKey = (id: string) => [...KEY, 'dates', id] as const;

export function useBudgetReviewHistory(id: string) {
  return useQuery({
    queryKey: budgetReviewHistoryKey(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/budget-reviews/{id}/history', { params: { path: { id } } })),
  });
}

/** Every version of the document's date, with its legal source. */
export function useDateVersions(id: string) {
  return useQuery({
    queryKey: datesKey(id),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/budget/calendar/items/{id}/dates', { params: { path: { id } } }),
      ),
  });
}

/** ADMIN gives the document a new last day with its legal source (the earlier ones are kept). */
export function useChangeDate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: components['schemas']['ChangeBudgetDateDto']) =>
      unwrap(
        await api.POST('/api/v1/budget/calendar/items/{id}/dates', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: datesKey(id) }),
        client.invalidateQueries({ queryKey: [...KEY, 'item', id] }),
        client.invalidateQueries({ queryKey: budgetReviewHistoryKey(id) }),
        client.invalidateQueries({ queryKey: CALENDAR }),
      ]),
  });
}

/** Sends one event with the version it was decided on: a change in between is a 412, never overwritten. */
export function useSendBudgetReviewEvent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, event }: { version: number; event: BudgetReviewEvent }) =>
      unwrap(
        await api.POST('/api/v1/budget-reviews/{id}/events', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: event,
        }),
      ),
    onSuccess: (updated) => {
      client.setQueryData([...KEY, 'item', id], updated);
      return Promise.all([
        client.invalidateQueries({ queryKey: budgetReviewHistoryKey(id) }),
        // The approval moves the calendar (its status, a chained document's date).
        client.invalidateQueries({ queryKey: CALENDAR }),
        client.invalidateQueries({ queryKey: datesKey(id) }),
      ]);
    },
  });
}
