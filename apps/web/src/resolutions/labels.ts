import type { Deadline, ResolutionEventType, ResolutionState } from './resolutions';

/** The states of a resolution as people say them: the one mapping the console uses. */
export const STATE_LABELS: Record<ResolutionState, string> = {
  draft: 'Proyecto',
  legal_review: 'En revisión legal',
  observed: 'Observado',
  visas: 'En visaciones',
  ready_to_sign: 'Lista para firma',
  signed: 'Firmada',
  notified: 'Notificada',
  published: 'Publicada',
  under_remedy: 'Con recurso en trámite',
  firm: 'Firme',
  under_review: 'En revisión de oficio',
  annulled: 'Anulada',
  revoked: 'Revocada',
  withdrawn: 'Retirada',
};

/** The states in the order of the lifecycle (the list's filter). */
export const STATES = Object.keys(STATE_LABELS) as ResolutionState[];

export const STATE_COLORS: Record<ResolutionState, string> = {
  draft: 'gray',
  legal_review: 'blue',
  observed: 'orange',
  visas: 'cyan',
  ready_to_sign: 'violet',
  signed: 'green',
  notified: 'green',
  published: 'green',
  under_remedy: 'yellow',
  firm: 'teal',
  under_review: 'yellow',
  annulled: 'red',
  revoked: 'red',
  withdrawn: 'gray',
};

/** What each event is called in the file's timeline (the audit trail also holds the kernel's). */
export const EVENT_LABELS: Record<string, string> = {
  CREATE: 'Creación del proyecto',
  EDIT: 'Edición del proyecto',
  SUBMIT: 'Envío a revisión legal',
  LEGAL_OPINION: 'Opinión legal',
  RETURN: 'Devolución',
  VISA: 'Visación',
  SIGN: 'Firma',
  NOTIFY: 'Notificación',
  PUBLISH: 'Publicación',
  FILE_REMEDY: 'Recurso interpuesto',
  RESOLVE_REMEDY: 'Recurso resuelto',
  NOTIFY_DECISION: 'Notificación de la decisión del recurso',
  START_ANNULMENT: 'Inicio de la nulidad de oficio',
  START_REVOCATION: 'Inicio de la revocación',
  SERVE_HEARING: 'Traslado notificado',
  FILE_ARGUMENTS: 'Descargos presentados',
  ANNUL: 'Nulidad declarada',
  REVOKE: 'Revocación declarada',
  DISMISS_REVIEW: 'Revisión desestimada',
  RECTIFY: 'Rectificación',
  WITHDRAW: 'Retiro del proyecto',
  CONSENT: 'Firme para una parte (venció su plazo para recurrir)',
  NEGATIVE_SILENCE: 'Silencio administrativo negativo',
  HEARING_LAPSED: 'Venció el plazo del traslado',
  'attachment.added': 'Documento adjuntado',
};

/** The button that opens each action of the file. */
export const ACTION_LABELS: Record<ResolutionEventType, string> = {
  EDIT: 'Editar el proyecto',
  SUBMIT: 'Enviar a revisión legal',
  LEGAL_OPINION: 'Emitir opinión legal',
  RETURN: 'Devolver con observaciones',
  VISA: 'Visar',
  SIGN: 'Firmar',
  NOTIFY: 'Registrar notificación',
  PUBLISH: 'Registrar publicación',
  FILE_REMEDY: 'Registrar recurso',
  RESOLVE_REMEDY: 'Resolver recurso',
  NOTIFY_DECISION: 'Notificar la decisión del recurso',
  START_ANNULMENT: 'Iniciar nulidad de oficio',
  START_REVOCATION: 'Iniciar revocación',
  SERVE_HEARING: 'Registrar traslado',
  FILE_ARGUMENTS: 'Registrar descargos',
  ANNUL: 'Declarar la nulidad',
  REVOKE: 'Declarar la revocación',
  DISMISS_REVIEW: 'Desestimar la revisión',
  RECTIFY: 'Rectificar',
  WITHDRAW: 'Retirar el proyecto',
};

export const SCOPE_LABELS: Record<string, string> = {
  particular: 'Particular (se notifica a sus destinatarios)',
  general: 'General (se publica)',
};

export const CHANNEL_LABELS: Record<string, string> = {
  personal: 'Personal (cargo)',
  email: 'Correo electrónico',
  casilla: 'Casilla electrónica',
  tacita: 'Tácita (la parte recurrió)',
};

export const REMEDY_KIND_LABELS: Record<string, string> = {
  reconsideracion: 'Reconsideración',
  apelacion: 'Apelación',
};

export const REMEDY_OUTCOME_LABELS: Record<string, string> = {
  fundado: 'Fundado',
  fundado_en_parte: 'Fundado en parte',
  infundado: 'Infundado',
  improcedente: 'Improcedente',
};

export const SIGNATURE_MODE_LABELS: Record<string, string> = {
  propia: 'Competencia propia',
  encargatura: 'Encargatura',
  delegacion_firma: 'Delegación de firma',
  delegacion_competencia: 'Delegación de competencia',
};

export const DEADLINE_STATUS_LABELS: Record<Deadline['status'], string> = {
  pending: 'En curso',
  expired: 'Vencido',
  met: 'Cumplido',
  met_late: 'Cumplido tarde',
  cancelled: 'Cancelado',
};

export const RETURN_FROM_LABELS: Record<string, string> = {
  legal_review: 'en revisión legal',
  visas: 'en visaciones',
  ready_to_sign: 'en la firma',
};

export const LINK_LABELS: Record<string, string> = {
  rectifica_a: 'Rectifica a',
  rectificada_por: 'Rectificada por',
  anulada_por: 'Anulada por',
  modificada_por: 'Modificada por',
  revocada_por: 'Revocada por',
};

/** «7 días hábiles», «1 día calendario». */
export function termLabel(term: Deadline['term']): string | null {
  if (!term) return null;
  const unit = term.unit === 'business' ? 'hábil' : 'calendario';
  const plural = term.unit === 'business' ? 'hábiles' : 'calendario';
  return term.days === 1 ? `1 día ${unit}` : `${term.days} días ${plural}`;
}
