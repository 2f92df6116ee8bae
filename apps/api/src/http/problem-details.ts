import { HttpException } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  type FieldProblem,
  HTTP_STATUS_BY_CODE,
  TITLE_BY_CODE,
} from '#core';

/** RFC 9457 problem details, the body of every error answer. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** A core `ErrorCode` or a library's refusal code (see docs/errores.md). */
  code: string;
  errors?: FieldProblem[];
  [extra: string]: unknown;
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.MALFORMED_REQUEST,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  405: ErrorCode.METHOD_NOT_ALLOWED,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  414: ErrorCode.URI_TOO_LONG,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.RATE_LIMITED,
  431: ErrorCode.HEADERS_TOO_LARGE,
};

const DETAIL_BY_CODE: Partial<Record<ErrorCode, string>> = {
  MALFORMED_REQUEST: 'La solicitud no se pudo leer: el cuerpo debe ser JSON válido.',
  UNAUTHENTICATED: 'Debe iniciar sesión: el token falta, no es válido o venció.',
  FORBIDDEN: 'No tiene permiso para esta operación.',
  NOT_FOUND: 'El recurso solicitado no existe.',
  METHOD_NOT_ALLOWED: 'Método no permitido para este recurso.',
  PAYLOAD_TOO_LARGE: 'La solicitud excede el tamaño máximo permitido.',
  URI_TOO_LONG: 'La URL de la solicitud es demasiado larga.',
  HEADERS_TOO_LARGE: 'Los encabezados de la solicitud son demasiado grandes.',
  UNSUPPORTED_MEDIA_TYPE: 'Tipo de contenido no admitido: envíe application/json.',
  RATE_LIMITED: 'Demasiados intentos. Espere un momento antes de volver a intentar.',
  INTERNAL_ERROR: 'Ocurrió un error interno. El equipo técnico fue notificado.',
};

export function problem(code: ErrorCode, detail?: string, extras: object = {}): ProblemDetails {
  return {
    type: `urn:despacho:problema:${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLE_BY_CODE[code],
    status: HTTP_STATUS_BY_CODE[code],
    detail: detail ?? DETAIL_BY_CODE[code] ?? TITLE_BY_CODE[code],
    code,
    ...extras,
  };
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
};

/** Maps anything thrown to a problem; unknown failures become a bare 500 with no internals. */
export function toProblem(error: unknown, path?: string): ProblemDetails {
  if (error instanceof DomainError)
    return {
      type: `urn:despacho:problema:${error.code.toLowerCase().replace(/_/g, '-')}`,
      title: error.title,
      status: error.status,
      detail: error.detail,
      code: error.code,
      ...error.extras,
    };
  const status = error instanceof HttpException ? error.getStatus() : statusOf(error);
  if (status !== undefined && status >= 400 && status < 500) {
    const code = CODE_BY_STATUS[status] ?? ErrorCode.MALFORMED_REQUEST;
    const detail =
      code === ErrorCode.NOT_FOUND && path && !(error instanceof DomainError)
        ? `La ruta ${path} no existe.`
        : undefined;
    return problem(code, detail);
  }
  return problem(ErrorCode.INTERNAL_ERROR);
}
