import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiProblem, type SessionUser, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Mandate = components['schemas']['MandatesResourceDto'];
export type MandateSummary = components['schemas']['MandatesSummaryDto'];
export type MandateState = Mandate['state'];
export type MandateEventType = Mandate['allowedEvents'][number];
type Schemas = components['schemas'];
export type MandateEvent =
  | Schemas['MandatesReportProgressEventDto']
  | Schemas['MandatesSubmitEventDto']
  | Schemas['MandatesAcceptEventDto']
  | Schemas['MandatesReturnEventDto']
  | Schemas['MandatesCancelEventDto'];
export type CreateMandate = components['schemas']['CreateMandateDto'];
export type Deadline = Mandate['deadlines'][number];
export type ScheduledDeadline = components['schemas']['ScheduledDeadlineDto'];
export type DeadlineAlert = components['schemas']['DeadlineAlertDto'];
export type HistoryItem = components['schemas']['HistoryItemDto'];
export type Unit = components['schemas']['UnitDto'];

export const PAGE_SIZE = 10;
const KEY = ['mandates'] as const;

export const STATE_NAMES: Record<MandateState, string> = {
  open: 'En ejecución',
  review: 'En revisión',
  closed: 'Cumplido',
  cancelled: 'Sin efecto',
};
export const STATE_COLORS: Record<MandateState, string> = {
  open: 'indigo',
  review: 'yellow',
  closed: 'green',
  cancelled: 'gray',
};

export const SOURCE_NAMES: Record<CreateMandate['source'], string> = {
  reunion: 'Reunión',
  memorando: 'Memorando',
  acuerdo_concejo: 'Acuerdo de Concejo',
  resolucion: 'Resolución',
  disposicion_verbal: 'Disposición verbal',
  pedido_informacion: 'Pedido de información de un regidor',
};

export const EVENT_NAMES: Record<MandateEventType, string> = {
  REPORT_PROGRESS: 'Informar avance',
  SUBMIT: 'Presentar cumplimiento',
  ACCEPT: 'Dar por cumplido',
  RETURN: 'Devolver con observaciones',
  CANCEL: 'Dejar sin efecto',
};

/** Who may assign (the policy's ASSIGNER_ROLES): the API refuses the rest anyway. */
export const mayAssign = (user: SessionUser): boolean =>
  user.roles.some((role) => role === 'ALCALDE' || role === 'GERENTE_MUNICIPAL');

/** The open term that matters most: the one closest to its last day (overdue first). */
export const mainDeadline = (deadlines: readonly Deadline[]): Deadline | undefined =>
  [...deadlines].sort((a, b) => a.businessDaysLeft - b.businessDaysLeft)[0];

/** «Quedan 3 días hábiles», «Vence hoy», «Vencido hace 2 días hábiles». */
export function daysLeftText(deadline: Pick<Deadline, 'businessDaysLeft' | 'status'>): string {
  const days = deadline.businessDaysLeft;
  const plural = (n: number) => (n === 1 ? '1 día hábil' : `${n} días hábiles`);
  if (deadline.status === 'expired' || days < 0)
    return days < 0 ? `Vencido hace ${plural(-days)}` : 'Vencido';
  if (days === 0) return 'Vence hoy';
  return days === 1 ? 'Queda 1 día hábil' : `Quedan ${plural(days)}`;
}

export const isOverdue = (deadline: Pick<Deadline, 'businessDaysLeft' | 'status'>): boolean =>
  deadline.status === 'expired' || deadline.businessDaysLeft < 0;

/** To whom an alert goes, as «a …»: the responsible unit, or the role it escalates to. */
export const ADDRESSED_TO: Record<string, string> = {
  unit: 'a la unidad responsable',
  GERENTE_MUNICIPAL: 'al Gerente Municipal',
  ALCALDE: 'al Alcalde',
};

export interface ListFilters {
  state: MandateState | null;
  q: string;
  page: number;
}

export async function mandatesPage(filters: ListFilters, pageSize = PAGE_SIZE) {
  return unwrap(
    await api.GET('/api/v1/mandates', {
      params: {
        query: {
          page: filters.page,
          pageSize,
          ...(filters.state ? { state: filters.state } : {}),
          ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
        },
      },
    }),
  );
}

export function useMandates(filters: ListFilters) {
  return useQuery({
    queryKey: [...KEY, 'list', filters],
    queryFn: () => mandatesPage(filters),
    placeholderData: keepPreviousData,
  });
}

export function useMandate(id: string) {
  return useQuery({
    queryKey: [...KEY, id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/mandates/{id}', { params: { path: { id } } })),
  });
}

export function useDeadlines(id: string) {
  return useQuery({
    queryKey: [...KEY, id, 'deadlines'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/mandates/{id}/deadlines', { params: { path: { id } } })),
  });
}

export function useHistory(id: string) {
  return useQuery({
    queryKey: [...KEY, id, 'history'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/mandates/{id}/history', { params: { path: { id } } })),
  });
}

/** The mandate and everything read under it (deadlines, history, attachments). */
export const mandateKey = (id: string) => [...KEY, id] as const;
export const mandateAttachmentsKey = (id: string) => [...KEY, id, 'attachments'] as const;

/** The municipality's units, by id: names for the responsible and the assigning unit. */
export function useUnits() {
  return useQuery({
    queryKey: ['units'],
    queryFn: async () => unwrap(await api.GET('/api/v1/units')),
    staleTime: 10 * 60_000,
    select: (list) => ({ items: list.items, byId: new Map(list.items.map((u) => [u.id, u])) }),
  });
}

export function useAssignMandate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, key }: { body: CreateMandate; key: string }) =>
      unwrap(
        await api.POST('/api/v1/mandates', {
          params: { header: { 'Idempotency-Key': key } },
          body,
        }),
      ),
    onSuccess: (mandate) => {
      client.setQueryData([...KEY, mandate.id], mandate);
      return client.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

/**
 * Sends an event with the version the user was looking at (If-Match): if someone changed the
 * mandate meanwhile, the API answers 412 VERSION_CONFLICT and nothing is applied.
 */
export function useSendEvent(mandate: Mandate) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ event, key }: { event: MandateEvent; key: string }) =>
      unwrap(
        await api.POST('/api/v1/mandates/{id}/events', {
          params: {
            path: { id: mandate.id },
            header: { 'If-Match': `"${mandate.version}"`, 'Idempotency-Key': key },
          },
          body: event,
        }),
      ),
    onSuccess: (updated) => {
      client.setQueryData([...KEY, updated.id], updated);
      // Everything else of mandates (lists, its deadlines, history, attachments) is read again.
      return client.invalidateQueries({
        predicate: ({ queryKey }) =>
          queryKey[0] === KEY[0] && !(queryKey[1] === updated.id && queryKey.length === 2),
      });
    },
  });
}

/** Reloads the mandate (after a version conflict) without touching what the user wrote. */
export function useReloadMandate(id: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [...KEY, id] });
}

/** The messages the API gave for each field (VALIDATION_FAILED), by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem) || !error.problem.errors) return {};
  return Object.fromEntries(
    error.problem.errors.map((e) => [e.field, `${capitalize(e.messages.join('; '))}.`]),
  );
}

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** A fresh key per attempt of the user: a retry of the same request is never applied twice. */
export const newKey = (): string => crypto.randomUUID();
