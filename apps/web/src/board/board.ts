import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { STATE_LABELS as BUDGET_MODIFICATION_STATES } from '../budget-modifications/labels';
import { STATE_LABELS as BUDGET_REVIEW_STATES } from '../budget/labels';
import { STATE_LABELS as CONVENIO_STATES } from '../convenios/labels';
import { STATE_NAMES as MANDATE_STATES } from '../mandates/mandates';
import { STATE_LABELS as RESOLUTION_STATES } from '../resolutions/labels';
import { kindName } from '../work-items/work-items';

export type BoardSummary = components['schemas']['BoardSummaryDto'];
export type UnitLoad = components['schemas']['BoardUnitLoadDto'];
export type PostLoad = components['schemas']['BoardPostLoadDto'];
export type StateTime = components['schemas']['StateTimeDto'];
export type SignedEntry = components['schemas']['SignedEntryDto'];
export type Escalation = components['schemas']['BoardEscalationDto'];
export type ExpiringConvenio = components['schemas']['ExpiringConvenioDto'];
export type PendingAcuerdo = components['schemas']['PendingAcuerdoDto'];
export type BudgetBoardPage = components['schemas']['BudgetBoardPageDto'];
export type BoardDocument = components['schemas']['BudgetBoardItemDto'];
export type AmountUnderReview = components['schemas']['AmountUnderReviewDto'];

const KEY = ['board'] as const;

export function useBoard() {
  return useQuery({
    queryKey: [...KEY, 'summary'],
    queryFn: async () => unwrap(await api.GET('/api/v1/board')),
    refetchInterval: 60_000,
  });
}

export function useTimeInState(days: 30 | 90) {
  return useQuery({
    queryKey: [...KEY, 'time-in-state', days],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/board/time-in-state', { params: { query: { days } } })),
    placeholderData: keepPreviousData,
  });
}

export async function signedPage(series: string | undefined, page: number, pageSize: number) {
  return unwrap(
    await api.GET('/api/v1/board/signed', {
      params: { query: { page, pageSize, ...(series ? { series } : {}) } },
    }),
  );
}

export function useSigned(series: string | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'signed', series, page, pageSize],
    queryFn: () => signedPage(series, page, pageSize),
    placeholderData: keepPreviousData,
  });
}

export async function escalationsPage(page: number, pageSize: number) {
  return unwrap(
    await api.GET('/api/v1/board/escalations', { params: { query: { page, pageSize } } }),
  );
}

export function useEscalations(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'escalations', page, pageSize],
    queryFn: () => escalationsPage(page, pageSize),
    placeholderData: keepPreviousData,
  });
}

/** «Convenios por vencer»: those in force ending within the next 90 days (the API's default). */
export async function expiringConveniosPage(page: number, pageSize: number) {
  return unwrap(
    await api.GET('/api/v1/convenios/expiring', { params: { query: { page, pageSize } } }),
  );
}

export function useExpiringConvenios(pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'expiring-convenios', pageSize],
    queryFn: () => expiringConveniosPage(1, pageSize),
    refetchInterval: 60_000,
  });
}

/** «Acuerdos pendientes de ejecución», the longest waiting first. */
export async function pendingAcuerdosPage(page: number, pageSize: number) {
  return unwrap(
    await api.GET('/api/v1/council/acuerdos/pending-execution', {
      params: { query: { page, pageSize } },
    }),
  );
}

export function usePendingAcuerdos(pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'pending-acuerdos', pageSize],
    queryFn: () => pendingAcuerdosPage(1, pageSize),
    refetchInterval: 60_000,
  });
}

/** «Documentos de gestión»: not yet approved, the soonest last day first (paginated). */
export async function budgetBoardPage(page: number, pageSize: number) {
  return unwrap(
    await api.GET('/api/v1/budget/board', {
      params: { query: { page, pageSize } },
    }),
  );
}

export function useBudgetBoard(pageSize: number) {
  return useQuery({
    queryKey: [...KEY, 'budget-documents', pageSize],
    queryFn: () => budgetBoardPage(1, pageSize),
    refetchInterval: 60_000,
  });
}

/** The register's series as people name them. */
const SERIES_NAMES: Readonly<Record<string, string>> = {
  resolucion_gerencia_municipal: 'Resoluciones de Gerencia Municipal',
};
export const seriesName = (series: string): string => SERIES_NAMES[series] ?? series;

/** The posts (roles) as people name them. */
const POST_NAMES: Readonly<Record<string, string>> = {
  ALCALDE: 'Alcalde',
  GERENTE_MUNICIPAL: 'Gerente Municipal',
  SECRETARIA_GENERAL: 'Secretaría General',
  ASESORIA_JURIDICA: 'Asesoría Jurídica',
  PLANEAMIENTO_PRESUPUESTO: 'Planeamiento y Presupuesto',
  GERENCIA: 'Gerente de línea',
  REGIDOR: 'Regidor(a)',
};
export const postName = (role: string): string => POST_NAMES[role] ?? role;

const STATE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  resolutions: RESOLUTION_STATES,
  mandates: MANDATE_STATES,
  convenios: CONVENIO_STATES,
  'budget-modifications': BUDGET_MODIFICATION_STATES,
  'budget-reviews': BUDGET_REVIEW_STATES,
};
export const stateName = (kind: string, state: string): string =>
  STATE_NAMES[kind]?.[state] ?? state;
const KIND_PLURALS: Readonly<Record<string, string>> = {
  resolutions: 'Resoluciones',
  mandates: 'Encargos',
  convenios: 'Convenios',
  'budget-modifications': 'Modificaciones presupuestarias',
  'budget-reviews': 'Documentos de gestión',
};
export const kindPlural = (kind: string): string => KIND_PLURALS[kind] ?? kindName(kind);

/** A duration as people say it: «3 d 4 h», «5 h 20 min», «12 min» (calendar time). */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return 'menos de 1 min';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** Where a figure's items are listed: the municipality's pending items with the figure's filters. */
export function itemsLink(filters: {
  unitId?: string | null;
  role?: string;
  overdue?: boolean;
  dueBefore?: string;
}): string {
  const params = new URLSearchParams({ alcance: 'todos' });
  if (filters.unitId) params.set('unidad', filters.unitId);
  if (filters.role) params.set('cargo', filters.role);
  if (filters.overdue === true) params.set('vencidos', '1');
  if (filters.overdue === false) params.set('enplazo', '1');
  if (filters.dueBefore) params.set('hasta', filters.dueBefore);
  return `/pendientes?${params.toString()}`;
}
