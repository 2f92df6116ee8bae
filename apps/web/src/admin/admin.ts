import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type CalendarEntry = Schemas['CalendarEntryDto'];
export type CreateNonWorkingDay = Schemas['CreateNonWorkingDayDto'];
export type Delegation = Schemas['DelegationDto'];
export type CreateDelegation = Schemas['CreateDelegationDto'];
export type AdminUser = Schemas['AdminUserDto'];
export type CreateUser = Schemas['CreateUserDto'];
export type UpdateUser = Schemas['UpdateUserDto'];
export type Role = AdminUser['roles'][number];
export type DelegationKind = Delegation['kind'];

export const PAGE_SIZE = 20;

export const ROLES: readonly Role[] = [
  'ADMIN',
  'ALCALDE',
  'GERENTE_MUNICIPAL',
  'SECRETARIA_GENERAL',
  'ASESORIA_JURIDICA',
  'PLANEAMIENTO_PRESUPUESTO',
  'GERENCIA',
  'REGIDOR',
];

export const KIND_NAMES: Record<string, string> = {
  feriado_nacional: 'Feriado nacional',
  feriado_regional: 'Feriado regional',
  dia_no_laborable: 'Día no laborable',
};

export const DELEGATION_KIND_NAMES: Record<DelegationKind, string> = {
  delegacion_competencia: 'Delegación de competencia',
  delegacion_firma: 'Delegación de firma',
  encargatura: 'Encargatura',
};

/** Where a delegation stands on a day: what the list shows and filters by. */
export type DelegationStatus = 'vigente' | 'programada' | 'vencida' | 'revocada';

export const DELEGATION_STATUS: Record<DelegationStatus, { label: string; color: string }> = {
  vigente: { label: 'Vigente', color: 'green' },
  programada: { label: 'Programada', color: 'indigo' },
  vencida: { label: 'Vencida', color: 'gray' },
  revocada: { label: 'Revocada', color: 'red' },
};

export function delegationStatus(d: Delegation, today: string): DelegationStatus {
  if (d.revokedAt) return 'revocada';
  if (d.validUntil && d.validUntil < today) return 'vencida';
  if (d.validFrom > today) return 'programada';
  return 'vigente';
}

/** Today in Lima as AAAA-MM-DD: the delegations' dates are civil dates there. */
export const limaToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(new Date());

// ---- Non-working days ----

export function useHolidays(year: number) {
  return useQuery({
    queryKey: ['calendar', 'holidays', year],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/calendar/holidays', { params: { query: { year } } })),
    placeholderData: keepPreviousData,
  });
}

export function useAddNonWorkingDay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateNonWorkingDay) =>
      unwrap(await api.POST('/api/v1/calendar/non-working-days', { body })),
    // The calendar page reads the same queries: it shows the change too.
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar'] }),
  });
}

export function useRemoveNonWorkingDay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(
        await api.DELETE('/api/v1/calendar/non-working-days/{id}', { params: { path: { id } } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar'] }),
  });
}

// ---- Delegations ----

export function useDelegations(filters: { activeOn: string | null; page: number }) {
  return useQuery({
    queryKey: ['admin', 'delegations', filters],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/admin/delegations', {
          params: {
            query: {
              page: filters.page,
              pageSize: PAGE_SIZE,
              ...(filters.activeOn ? { activeOn: filters.activeOn } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreateDelegation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateDelegation) =>
      unwrap(await api.POST('/api/v1/admin/delegations', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'delegations'] }),
  });
}

export function useRevokeDelegation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(
        await api.POST('/api/v1/admin/delegations/{id}/revoke', {
          params: { path: { id } },
          body: { reason },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'delegations'] }),
  });
}

// ---- Users ----

export interface UserFilters {
  active: boolean | null;
  role: Role | null;
  unitId: string | null;
  /** Words in the user name, full name or post (2 characters at least to search). */
  q: string;
  page: number;
}

export function useAdminUsers(filters: UserFilters, pageSize = PAGE_SIZE) {
  return useQuery({
    queryKey: ['admin', 'users', filters, pageSize],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/admin/users', {
          params: {
            query: {
              page: filters.page,
              pageSize,
              ...(filters.active !== null ? { active: filters.active } : {}),
              ...(filters.role ? { role: filters.role } : {}),
              ...(filters.unitId ? { unitId: filters.unitId } : {}),
              ...(filters.q.trim().length >= 2 ? { q: filters.q.trim() } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The municipality's units, for the user forms and the filter. */
export function useUnits() {
  return useQuery({
    queryKey: ['units'],
    queryFn: async () => unwrap(await api.GET('/api/v1/units')),
    staleTime: 10 * 60_000,
  });
}

function useUserMutation<T>(run: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export const useCreateUser = () =>
  useUserMutation(async (body: CreateUser) =>
    unwrap(await api.POST('/api/v1/admin/users', { body })),
  );

export const useUpdateUser = () =>
  useUserMutation(async ({ id, body }: { id: string; body: UpdateUser }) =>
    unwrap(await api.PATCH('/api/v1/admin/users/{id}', { params: { path: { id } }, body })),
  );

export const useDeactivateUser = () =>
  useUserMutation(async ({ id, reason }: { id: string; reason: string }) =>
    unwrap(
      await api.POST('/api/v1/admin/users/{id}/deactivate', {
        params: { path: { id } },
        body: { reason },
      }),
    ),
  );

export const useReactivateUser = () =>
  useUserMutation(async (id: string) =>
    unwrap(await api.POST('/api/v1/admin/users/{id}/reactivate', { params: { path: { id } } })),
  );

export const useUnlockUser = () =>
  useUserMutation(async (id: string) =>
    unwrap(await api.POST('/api/v1/admin/users/{id}/unlock', { params: { path: { id } } })),
  );

export const useResetPassword = () =>
  useUserMutation(async ({ id, password }: { id: string; password: string }) =>
    unwrap(
      await api.POST('/api/v1/admin/users/{id}/password', {
        params: { path: { id } },
        body: { password },
      }),
    ),
  );
