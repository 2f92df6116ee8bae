import { refusalCodes } from '#core';

/**
 * Why a resolution refuses an event, beyond the plain TRANSITION_NOT_ALLOWED and FORBIDDEN: stable
 * codes a client can react to (listed in docs/errores.md).
 */
export const ResolutionRefusal = refusalCodes({
  REMEDY_WINDOW_CLOSED: [409, 'Plazo para recurrir vencido'],
  REGISTRATION_GRACE_EXPIRED: [409, 'Plazo de registro vencido'],
  REMEDY_ALREADY_RESOLVED: [409, 'Recurso ya resuelto'],
  REMEDY_IN_PROGRESS: [409, 'Recurso en trámite'],
  APPEAL_NOT_AVAILABLE: [409, 'Apelación improcedente'],
  PUBLICATION_REQUIRED: [409, 'Corresponde publicar'],
  NOTIFICATION_REQUIRED: [409, 'Corresponde notificar'],
  ADDRESSEE_ALREADY_NOTIFIED: [409, 'Destinatario ya notificado'],
  ANNULMENT_TERM_EXPIRED: [409, 'Plazo de nulidad vencido'],
  HEARING_PENDING: [409, 'Traslado en curso'],
  REVIEW_IN_PROGRESS: [409, 'Revisión de oficio en trámite'],
  REVIEW_KIND_MISMATCH: [409, 'Otra clase de revisión'],
  VISA_NOT_PENDING: [409, 'Visación no pendiente'],
  VISA_HASH_MISMATCH: [409, 'El contenido visado cambió'],
  NOT_A_SIGNER: [403, 'Sin competencia para firmar'],
  DELEGATION_NOT_IN_FORCE: [403, 'Delegación no vigente'],
  DELEGATION_AMBIGUOUS: [422, 'Indique la delegación'],
  GENERAL_ACT_NOT_DELEGABLE: [403, 'Acto general no delegable'],
  SIGNATURE_NOT_DELEGABLE: [403, 'Firma indelegable: el acto agota la vía administrativa'],
  LINE_GERENCIA_CANNOT_SIGN: [403, 'Una gerencia de línea no firma la RGM'],
  DRAFTING_UNIT_NOT_ALLOWED: [403, 'Unidad que no elabora resoluciones'],
  OWN_DRAFT_NOT_SIGNABLE: [403, 'Proyecto propio'],
  YEAR_NAME_MISSING: [409, 'Falta la denominación oficial del año'],
});
