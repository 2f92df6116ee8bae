import { DomainError, type FieldProblem, type RefusalCode, refusalCodes } from '#core';

/** Why the Concejo refuses an act of a session (listed in docs/errores.md). */
export const CouncilRefusal = refusalCodes({
  NO_QUORUM: [409, 'Sin quórum'],
  NOT_A_MEMBER: [403, 'No es miembro del Concejo'],
  MEMBER_NOT_HABIL: [403, 'Miembro no hábil'],
  NOT_PRESENT: [409, 'No está en la sala'],
  ALREADY_PRESENT: [409, 'Ya está en la sala'],
  ATTENDANCE_OUT_OF_ORDER: [409, 'Asistencia fuera de orden'],
  ALREADY_VOTED: [409, 'Voto ya emitido'],
  ABSTENTION_NEEDS_REASON: [400, 'Abstención sin fundamento'],
  NOT_ON_AGENDA: [409, 'Asunto fuera de la agenda'],
  AGENDA_LOCKED: [409, 'Agenda cerrada'],
  AGENDA_REQUIRED: [400, 'Falta la agenda'],
  UNKNOWN_ITEM_TYPE: [400, 'Tipo de asunto desconocido'],
  NO_VOTES_IN_SOLEMN_SESSION: [409, 'La sesión solemne no vota'],
  NOTICE_TOO_SHORT: [409, 'Convocatoria sin la anticipación debida'],
  ORDINARY_SESSIONS_LIMIT: [409, 'Tope de sesiones ordinarias del mes'],
  CASTING_VOTE_ONLY_ON_TIE: [409, 'Voto dirimente solo en empate'],
  CASTING_VOTE_NOT_PRESIDING: [403, 'Solo dirime quien preside'],
  CASTING_VOTE_MUST_DECIDE: [400, 'El voto dirimente decide'],
  ACTA_ALREADY_SETTLED: [409, 'Acta ya aprobada o dispensada'],
  ACTA_APPROVAL_IN_SAME_SESSION: [409, 'El acta se aprueba en otra sesión'],
  ACTA_APPROVAL_NOT_LATER: [409, 'El acta la aprueba una sesión posterior'],
  NOT_A_REGIDOR: [403, 'Solo un regidor'],
  SESSION_NOT_IN_PROGRESS: [409, 'La sesión no está en curso'],
  VOTE_NOT_OPEN: [409, 'Votación no abierta'],
  FILE_NOT_AWAITING_COUNCIL: [409, 'El expediente no espera al Concejo'],
  FILE_ALREADY_ON_AGENDA: [409, 'Expediente ya en agenda'],
  NO_PEDIDOS_STAGE: [409, 'Sesión sin estación de pedidos'],
});
export type CouncilRefusalCode = keyof typeof CouncilRefusal;

/** A refusal of the Concejo as the error the API answers with (problem+json, its code and status). */
export const councilError = (
  code: CouncilRefusalCode,
  detail: string,
  extras: { errors?: FieldProblem[]; [key: string]: unknown } = {},
): DomainError => new DomainError(CouncilRefusal[code] as RefusalCode, detail, extras);
