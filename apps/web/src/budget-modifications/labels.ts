import type { CreateModification, ModificationEventType, ModificationState } from './modifications';

/** Every state of the request as people say it. */
export const STATE_LABELS: Record<ModificationState, string> = {
  draft: 'Borrador',
  opp_report: 'En informe de Planeamiento y Presupuesto',
  manager_decision: 'En decisión del Gerente Municipal',
  mayor_decision: 'En decisión del Alcalde',
  resolution_in_progress: 'Resolución en trámite',
  approved: 'Aprobada por el Alcalde',
  formalized: 'Formalizada',
  rejected: 'Denegada',
  withdrawn: 'Retirada',
};

/** The states in the order of the lifecycle (the list's filter). */
export const STATES = Object.keys(STATE_LABELS) as ModificationState[];

export const STATE_COLORS: Record<ModificationState, string> = {
  draft: 'gray',
  opp_report: 'yellow',
  manager_decision: 'cyan',
  mayor_decision: 'violet',
  resolution_in_progress: 'blue',
  approved: 'teal',
  formalized: 'green',
  rejected: 'red',
  withdrawn: 'gray',
};

export const REQUEST_TYPE_LABELS: Record<CreateModification['requestType'], string> = {
  modificacion_presupuestaria: 'Modificación presupuestaria',
  certificacion: 'Certificación de crédito presupuestario',
};

/** DL 1440, Art. 46–47. */
export const MODALITY_LABELS: Record<NonNullable<CreateModification['modality']>, string> = {
  credito_suplementario: 'Crédito suplementario',
  transferencia_partidas: 'Transferencia de partidas',
  habilitacion_anulacion: 'Habilitación y anulación',
};

/** The button that opens each action of the file. */
export const ACTION_LABELS: Record<ModificationEventType, string> = {
  SUBMIT: 'Enviar a Planeamiento y Presupuesto',
  TECHNICAL_REPORT: 'Emitir el informe técnico',
  APPROVE: 'Aprobar la modificación',
  ELEVATE: 'Elevar al Alcalde',
  APPROVE_BY_MAYOR: 'Registrar la aprobación del Alcalde',
  REJECT: 'Denegar la solicitud',
  WITHDRAW: 'Retirar la solicitud',
};

/** What each event is called in the file's timeline. */
export const EVENT_LABELS: Record<string, string> = {
  CREATE: 'Solicitud registrada',
  SUBMIT: 'Envío a Planeamiento y Presupuesto',
  TECHNICAL_REPORT: 'Informe técnico',
  APPROVE: 'Aprobación del Gerente Municipal',
  ELEVATE: 'Elevación al Alcalde',
  APPROVE_BY_MAYOR: 'Aprobación del Alcalde',
  REJECT: 'Solicitud denegada',
  WITHDRAW: 'Solicitud retirada',
  RESOLUTION_SIGNED: 'Resolución firmada',
  RESOLUTION_WITHDRAWN: 'Resolución retirada',
  'attachment.added': 'Documento adjuntado',
};
