import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** The API, typed from its OpenAPI document (schema.d.ts is generated: npm run api:types). */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  // With the session cookie, the API refuses changes that lack this header (CSRF).
  headers: { 'x-despacho-web': '1' },
});

export type SessionUser = components['schemas']['SessionUserDto'];
export type FieldError = components['schemas']['FieldErrorDto'];
export type Problem = {
  status: number;
  title: string;
  detail: string;
  code: string;
  /** VALIDATION_FAILED: each offending field (`term.days` for a nested one) with its messages. */
  errors?: FieldError[];
};

/** A refusal of the API (application/problem+json), thrown to the caller's error state. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** The body of a successful answer, or the API's problem as an ApiProblem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem = result.error as Partial<Problem> | undefined;
    throw new ApiProblem({
      status: result.response.status,
      title: problem?.title ?? 'Error',
      detail: problem?.detail ?? 'No se pudo completar la operación. Intente de nuevo.',
      code: problem?.code ?? 'INTERNAL_ERROR',
      ...(Array.isArray(problem?.errors) ? { errors: problem.errors } : {}),
    });
  }
  return result.data as T;
}
