import type {
  BudgetReview,
  BudgetReviewEventType,
  BudgetReviewState,
  CalendarStatus,
  DateVersion,
} from './budget';

/** Every state of the review as people say it. */
export const STATE_LABELS: Record<BudgetReviewState, string> = {
  preparing: 'En elaboración',
  opp_review: 'En revisión de Planeamiento y Presupuesto',
  management_review: 'En revisión del Gerente Municipal',
  mayor_review: 'En revisión del Alcalde',
  awaiting_council: 'En el Concejo',
  approved: 'Aprobado',
  published: 'Publicado',
};

export const STATE_COLORS: Record<BudgetReviewState, string> = {
  preparing: 'gray',
  opp_review: 'yellow',
  management_review: 'cyan',
  mayor_review: 'violet',
  awaiting_council: 'grape',
  approved: 'teal',
  published: 'green',
};

/** Whether the document is on time: the words say it, the colour only repeats it. */
export const STATUS_LABELS: Record<CalendarStatus, string> = {
  on_time: 'A tiempo',
  at_risk: 'En riesgo',
  late: 'Vencido',
  done: 'Aprobado',
};

/** The status in a count, in the number it takes: «1 vencido», «2 vencidos», «3 en riesgo». */
export const STATUS_COUNT_WORDS: Record<CalendarStatus, [string, string]> = {
  on_time: ['a tiempo', 'a tiempo'],
  at_risk: ['en riesgo', 'en riesgo'],
  late: ['vencido', 'vencidos'],
  done: ['aprobado', 'aprobados'],
};

export const STATUS_COLORS: Record<CalendarStatus, string> = {
  on_time: 'green',
  at_risk: 'orange',
  late: 'red',
  done: 'teal',
};

export const AUTHORITY_LABELS: Record<BudgetReview['authority'], string> = {
  concejo: 'El Concejo Municipal, por Acuerdo de Concejo',
  alcalde: 'El Alcalde, por Resolución de Alcaldía',
};

export const DATE_SOURCE_LABELS: Record<DateVersion['source'], string> = {
  perfil: 'Perfil de la municipalidad',
  admin: 'Cambio del administrador',
  encadenado: 'Encadenada a la aprobación de su predecesor',
};

/** The button that opens each action of the file. */
export const ACTION_LABELS: Record<BudgetReviewEventType, string> = {
  COMPLETE_PHASE: 'Registrar la fase cumplida',
  SUBMIT: 'Presentar el documento',
  OBSERVE: 'Observar el documento',
  ACCEPT: 'Aceptar y pasar al Gerente',
  CONFORMITY: 'Dar conformidad y elevar al Alcalde',
  SEND_TO_COUNCIL: 'Enviar al Concejo',
  COUNCIL_APPROVED: 'Registrar la aprobación del Concejo',
  COUNCIL_REJECTED: 'Registrar el rechazo del Concejo',
  APPROVE_BY_RESOLUTION: 'Aprobar por Resolución de Alcaldía',
  APPROVE_BY_MAYOR_FALLBACK: 'Aprobar supletoriamente por Resolución de Alcaldía',
  PUBLISH: 'Registrar la publicación',
};

/** What each event is called in the file's timeline (the audit also holds the system's). */
export const EVENT_LABELS: Record<string, string> = {
  CREATE: 'Siembra del calendario de gestión',
  COMPLETE_PHASE: 'Fase cumplida',
  SUBMIT: 'Presentación del documento',
  OBSERVE: 'Observación de Planeamiento y Presupuesto',
  ACCEPT: 'Aceptado por Planeamiento y Presupuesto',
  CONFORMITY: 'Conformidad del Gerente Municipal',
  SEND_TO_COUNCIL: 'Envío al Concejo',
  COUNCIL_APPROVED: 'Aprobado por Acuerdo de Concejo',
  COUNCIL_REJECTED: 'No aprobado por el Concejo',
  APPROVE_BY_RESOLUTION: 'Aprobado por Resolución de Alcaldía',
  APPROVE_BY_MAYOR_FALLBACK: 'Aprobación supletoria del Alcalde',
  PUBLISH: 'Publicación',
  DATE_CHANGED: 'Cambio del último día',
  PHASE_DATE_CHANGED: 'Cambio del último día de una fase',
  PREDECESSOR_APPROVED: 'Plazo fijado por la aprobación del predecesor',
  DEADLINE_MISSED: 'Venció un plazo',
  'attachment.added': 'Documento adjuntado',
};
