import { type ErrorCode } from './error-codes.js';

export interface FieldProblem {
  readonly field: string;
  readonly messages: string[];
}

/** A failure the caller can act on. `detail` is Spanish (users read it); `code` is stable. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extras: { errors?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} no existe o no está a su alcance.`);
  }
}
