import type { CouncilSession, InformationRequestState } from './council';

export const KIND_LABELS: Record<CouncilSession['kind'], string> = {
  ordinaria: 'Ordinaria',
  extraordinaria: 'Extraordinaria',
  solemne: 'Solemne',
};

export const STATUS_LABELS: Record<CouncilSession['status'], string> = {
  convocada: 'Convocada',
  en_curso: 'En curso',
  levantada: 'Levantada',
};

export const ACTA_LABELS: Record<CouncilSession['actaStatus'], string> = {
  pendiente: 'Acta pendiente',
  dispensada: 'Lectura del acta dispensada',
  aprobada: 'Acta aprobada',
};

export const CHOICE_LABELS = {
  a_favor: 'A favor',
  en_contra: 'En contra',
  abstencion: 'Abstención',
} as const;

export const VOTE_STATUS_LABELS: Record<string, string> = {
  pendiente: 'Sin votar',
  en_votacion: 'En votación',
  decidido: 'Decidido',
};

/** A pedido de información: open until the Secretaría accepts the Gerencia's answer. */
export const INFORMATION_REQUEST_STATUS_LABELS: Record<InformationRequestState, string> = {
  open: 'En trámite',
  answered: 'Respondido',
  cancelled: 'Sin efecto',
};
