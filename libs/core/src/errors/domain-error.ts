import { type ErrorCode, HTTP_STATUS_BY_CODE, TITLE_BY_CODE } from './error-codes.js';
import type { Refusal, RefusalCode } from './refusal.js';

export interface FieldProblem {
  readonly field: string;
  readonly messages: string[];
}

/** A failure the caller can act on. `detail` is Spanish (users read it); `code` is stable. */
export class DomainError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;

  constructor(
    code: ErrorCode | RefusalCode,
    readonly detail: string,
    readonly extras: { errors?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(detail);
    this.name = 'DomainError';
    this.code = typeof code === 'string' ? code : code.code;
    this.status = typeof code === 'string' ? HTTP_STATUS_BY_CODE[code] : code.status;
    this.title = typeof code === 'string' ? TITLE_BY_CODE[code] : code.title;
  }

  static of(refusal: Refusal, extras: Record<string, unknown> = {}): DomainError {
    return new DomainError(refusal.refusal, refusal.detail, extras);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} no existe o no está a su alcance.`);
  }
}
