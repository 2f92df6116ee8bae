import type { ConvenioEventType, ConvenioState } from './convenios';

/** Every state of the convenio machine as people say it. */
export const STATE_LABELS: Record<ConvenioState, string> = {
  draft: 'Proyecto',
  budget_certification: 'En certificación presupuestal',
  legal_review: 'En revisión legal',
  management_conformity: 'En conformidad de Gerencia',
  mayor_review: 'En revisión del Alcalde',
  awaiting_council: 'En el Concejo',
  approved: 'Aprobado por el Concejo',
  in_force: 'Vigente',
  exit_notice: 'En preaviso de separación',
  expired: 'Vencido',
  ended: 'Terminado',
  incorporated: 'Incorporada',
  rejected: 'No aprobado',
  withdrawn: 'Retirado',
};

/** The states in the order of the lifecycle (the list's filter). */
export const STATES = Object.keys(STATE_LABELS) as ConvenioState[];

export const STATE_COLORS: Record<ConvenioState, string> = {
  draft: 'gray',
  budget_certification: 'yellow',
  legal_review: 'blue',
  management_conformity: 'cyan',
  mayor_review: 'violet',
  awaiting_council: 'grape',
  approved: 'teal',
  in_force: 'green',
  exit_notice: 'orange',
  expired: 'gray',
  ended: 'gray',
  incorporated: 'green',
  rejected: 'red',
  withdrawn: 'gray',
};

export const TYPE_LABELS: Record<string, string> = {
  marco: 'Convenio marco',
  especifico: 'Convenio específico',
  cooperacion_interinstitucional: 'Cooperación interinstitucional',
};

export const PARTY_LABELS: Record<string, string> = {
  municipalidad: 'La municipalidad',
  contraparte: 'La contraparte',
};

export const DUE_STATUS_LABELS: Record<string, string> = {
  pending: 'Pendiente',
  fulfilled: 'Cumplido',
  overdue: 'Vencido',
};

export const ENDING_LABELS: Record<string, string> = {
  vencimiento: 'Venció su plazo',
  mutuo_acuerdo: 'Mutuo acuerdo',
  incumplimiento: 'Incumplimiento',
  separacion: 'Separación (libre adhesión)',
};

/** The button that opens each action of the file. */
export const ACTION_LABELS: Record<ConvenioEventType, string> = {
  EDIT: 'Editar el proyecto',
  SUBMIT: 'Enviar a trámite',
  CERTIFY_BUDGET: 'Certificar el crédito presupuestario',
  RETURN: 'Devolver a la unidad',
  LEGAL_OPINION: 'Emitir el informe legal',
  CONFORMITY: 'Dar conformidad y elevar al Alcalde',
  SEND_TO_COUNCIL: 'Enviar al Concejo',
  COUNCIL_APPROVED: 'Registrar la aprobación del Concejo',
  COUNCIL_REJECTED: 'Registrar el rechazo del Concejo',
  SIGN: 'Suscribir el convenio',
  WITHDRAW: 'Retirar el proyecto',
  REPORT_OBLIGATION: 'Informar el cumplimiento de una obligación',
  ADDENDUM: 'Proponer una adenda',
  MUTUAL_TERMINATION: 'Resolver por mutuo acuerdo',
  TERMINATION_FOR_BREACH: 'Resolver por incumplimiento',
  FREE_EXIT: 'Registrar la separación',
};

/** What each event is called in the file's timeline (the audit also holds the kernel's). */
export const EVENT_LABELS: Record<string, string> = {
  CREATE: 'Propuesta del convenio',
  EDIT: 'Edición del proyecto',
  SUBMIT: 'Envío a trámite',
  CERTIFY_BUDGET: 'Certificación presupuestal',
  RETURN: 'Devolución a la unidad',
  LEGAL_OPINION: 'Informe legal',
  CONFORMITY: 'Conformidad de la Gerencia Municipal',
  SEND_TO_COUNCIL: 'Envío al Concejo',
  COUNCIL_APPROVED: 'Aprobado por Acuerdo de Concejo',
  COUNCIL_REJECTED: 'No aprobado por el Concejo',
  SIGN: 'Suscripción',
  WITHDRAW: 'Retiro del proyecto',
  REPORT_OBLIGATION: 'Cumplimiento de una obligación',
  ADDENDUM: 'Adenda propuesta',
  ADDENDUM_CONCLUDED: 'Adenda concluida',
  MUTUAL_TERMINATION: 'Resolución por mutuo acuerdo',
  TERMINATION_FOR_BREACH: 'Resolución por incumplimiento',
  FREE_EXIT: 'Separación comunicada',
  EXPIRE: 'Fin de la vigencia',
  OBLIGATION_OVERDUE: 'Obligación vencida',
  EXPIRY_ALERT: 'Aviso de vencimiento',
  NOTICE_LAPSED: 'Venció el preaviso',
  'attachment.added': 'Documento adjuntado',
};
