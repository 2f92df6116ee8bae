/**
 * A refusal a domain library defines: a stable code a client may switch on without parsing the
 * Spanish detail, with its HTTP status. `TRANSITION_NOT_ALLOWED` and `FORBIDDEN` stay for the plain cases.
 */
export interface RefusalCode {
  readonly code: string;
  readonly status: 400 | 403 | 409 | 422;
  /** Short Spanish title of the problem. */
  readonly title: string;
}

/** A policy's or a machine's refusal: its code and why, in Spanish. */
export interface Refusal {
  readonly refusal: RefusalCode;
  readonly detail: string;
}

/** Declares one library's refusal codes, `{CODE: [status, title]}`; the key is the code. */
export function refusalCodes<const K extends string>(
  definitions: Record<K, readonly [RefusalCode['status'], string]>,
): Record<K, RefusalCode> {
  const entries = Object.entries(definitions) as [K, readonly [RefusalCode['status'], string]][];
  return Object.fromEntries(
    entries.map(([code, [status, title]]) => [code, { code, status, title }]),
  ) as unknown as Record<K, RefusalCode>;
}

export const refuse = (refusal: RefusalCode, detail: string): Refusal => ({ refusal, detail });

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && 'refusal' in value && 'detail' in value;
