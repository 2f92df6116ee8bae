import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type SessionUser, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type CouncilSession = components['schemas']['CouncilSessionDto'];
export type CouncilSessionSummary = components['schemas']['CouncilSessionSummaryDto'];
export type AgendaItem = components['schemas']['CouncilAgendaItemDto'];
export type CouncilMember = components['schemas']['CouncilMemberDto'];
export type ConveneSession = components['schemas']['ConveneSessionDto'];
export type AgendaItemInput = components['schemas']['AgendaItemInputDto'];
export type NewMember = components['schemas']['CreateCouncilMemberDto'];
export type NewAbsence = components['schemas']['CreateCouncilAbsenceDto'];
export type BallotInput = components['schemas']['BallotInputDto'];
export type CastingVoteInput = components['schemas']['CastingVoteInputDto'];
export type VoteResult = components['schemas']['CouncilVoteResultDto'];
export type Acuerdo = components['schemas']['CouncilAcuerdoDto'];
export type ItemType = components['schemas']['CouncilItemTypeDto'];
export type InformationRequest = components['schemas']['CouncilInformationRequestDto'];
export type NewInformationRequest = components['schemas']['CreateCouncilInformationRequestDto'];
export type InformationRequestState = 'open' | 'answered' | 'cancelled';

export const PAGE_SIZE = 20;
const KEY = ['council'] as const;

/** Only the Secretaría General writes in the Concejo (the API refuses the others anyway). */
export const canConduct = (user: SessionUser): boolean => user.roles.includes('SECRETARIA_GENERAL');

export function useSessionList(page: number) {
  return useQuery({
    queryKey: [...KEY, 'sessions', page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/council/sessions', {
          params: { query: { page, pageSize: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAcuerdoList(year: number, page: number) {
  return useQuery({
    queryKey: [...KEY, 'acuerdos', year, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/council/acuerdos', {
          params: { query: { year, page, pageSize: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The matters the profile lets the Concejo treat: they change only with the profile. */
export function useItemTypes() {
  return useQuery({
    queryKey: [...KEY, 'item-types'],
    queryFn: async () => unwrap(await api.GET('/api/v1/council/item-types')),
    staleTime: Infinity,
  });
}

/** The name the profile gives an item type (its code while the list loads). */
export function useItemTypeLabel(): (code: string) => string {
  const types = useItemTypes();
  return (code) => types.data?.items.find((t) => t.code === code)?.name ?? code;
}

export function useInformationRequests(state: InformationRequestState | null, page: number) {
  return useQuery({
    queryKey: [...KEY, 'information-requests', state, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/council/information-requests', {
          params: { query: { page, pageSize: PAGE_SIZE, ...(state ? { state } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useFileInformationRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewInformationRequest) =>
      unwrap(await api.POST('/api/v1/council/information-requests', { body })),
    // The new mandate is in the Gerencia's tray and in the mandates list too.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: [...KEY, 'information-requests'] }),
        client.invalidateQueries({ queryKey: ['mandates'] }),
      ]),
  });
}

export function useMembers() {
  return useQuery({
    queryKey: [...KEY, 'members'],
    queryFn: async () => unwrap(await api.GET('/api/v1/council/members')),
  });
}

/** Registering a member or a leave changes who is hábil: the members and every session's quorum. */
function useMembersAct<T, R>(act: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: act,
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export const useAddMember = () =>
  useMembersAct(async (body: NewMember) =>
    unwrap(await api.POST('/api/v1/council/members', { body })),
  );

export const useAddAbsence = () =>
  useMembersAct(async ({ memberId, body }: { memberId: string; body: NewAbsence }) =>
    unwrap(
      await api.POST('/api/v1/council/members/{id}/absences', {
        params: { path: { id: memberId } },
        body,
      }),
    ),
  );

const sessionKey = (id: string) => [...KEY, 'session', id] as const;

export function useCouncilSession(id: string) {
  return useQuery({
    queryKey: sessionKey(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/council/sessions/{id}', { params: { path: { id } } })),
  });
}

export function useConvene() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ConveneSession) =>
      unwrap(await api.POST('/api/v1/council/sessions', { body })),
    onSuccess: (created) => {
      client.setQueryData(sessionKey(created.id), created);
      return client.invalidateQueries({ queryKey: [...KEY, 'sessions'] });
    },
  });
}

/** Every act of the desk: afterwards the session is read again (agenda, attendance, quorum, votes). */
function useSessionAct<T, R>(id: string, act: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: act,
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: sessionKey(id) }),
        client.invalidateQueries({ queryKey: [...KEY, 'sessions'] }),
        client.invalidateQueries({ queryKey: [...KEY, 'acuerdos'] }),
      ]),
  });
}

export const useAttendance = (id: string) =>
  useSessionAct(id, async (body: { memberId: string; kind: 'llegada' | 'retiro' }) =>
    unwrap(
      await api.POST('/api/v1/council/sessions/{id}/attendance', {
        params: { path: { id } },
        body,
      }),
    ),
  );

export const useOpenVote = (id: string) =>
  useSessionAct(id, async (itemId: string) =>
    unwrap(
      await api.POST('/api/v1/council/sessions/{id}/items/{itemId}/vote', {
        params: { path: { id, itemId } },
      }),
    ),
  );

export const useBallot = (id: string) =>
  useSessionAct(id, async ({ itemId, body }: { itemId: string; body: BallotInput }) =>
    unwrap(
      await api.POST('/api/v1/council/sessions/{id}/items/{itemId}/ballots', {
        params: { path: { id, itemId } },
        body,
      }),
    ),
  );

export const useCloseVote = (id: string) =>
  useSessionAct(id, async (itemId: string) =>
    unwrap(
      await api.POST('/api/v1/council/sessions/{id}/items/{itemId}/vote/close', {
        params: { path: { id, itemId } },
      }),
    ),
  );

export const useCastingVote = (id: string) =>
  useSessionAct(id, async ({ itemId, body }: { itemId: string; body: CastingVoteInput }) =>
    unwrap(
      await api.POST('/api/v1/council/sessions/{id}/items/{itemId}/casting-vote', {
        params: { path: { id, itemId } },
        body,
      }),
    ),
  );

export const useDispenseActa = (id: string) =>
  useSessionAct(id, async () =>
    unwrap(
      await api.POST('/api/v1/council/sessions/{id}/acta/dispense', { params: { path: { id } } }),
    ),
  );

export const useApproveActa = (id: string) =>
  useSessionAct(id, async (approvingSessionId: string) =>
    unwrap(
      await api.POST('/api/v1/council/sessions/{id}/acta/approve', {
        params: { path: { id } },
        body: { approvingSessionId },
      }),
    ),
  );

export const useAddItem = (id: string) =>
  useSessionAct(id, async (body: AgendaItemInput) =>
    unwrap(
      await api.POST('/api/v1/council/sessions/{id}/items', { params: { path: { id } }, body }),
    ),
  );

export const useAdjourn = (id: string) =>
  useSessionAct(id, async () =>
    unwrap(await api.POST('/api/v1/council/sessions/{id}/adjourn', { params: { path: { id } } })),
  );
