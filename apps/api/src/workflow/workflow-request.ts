import { createHash } from 'node:crypto';
import { canonicalJson, DomainError, ErrorCode } from '#core';
import { type Actor } from '#audit';
import type { Idempotency } from '#workflow';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';

const invalid = (field: string, message: string) =>
  new DomainError(ErrorCode.VALIDATION_FAILED, `Datos inválidos en: ${field}.`, {
    errors: [{ field, messages: [message] }],
  });

export const actorOf = (caller: AuthenticatedUser): Actor => ({
  userId: caller.id,
  name: caller.username,
  municipalityId: caller.municipalityId,
  unitId: caller.unitId,
  roles: caller.roles,
});

/** A JSON object body, or 400. */
export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new DomainError(
      ErrorCode.VALIDATION_FAILED,
      'Datos inválidos: se esperaba un objeto JSON.',
    );
  return body as Record<string, unknown>;
}

/** `If-Match: 3`, `"3"` or `W/"3"` → 3; absent → undefined. */
export function expectedVersion(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw invalid('If-Match', 'debe ser la versión del expediente (un número entero)');
  return Number(match[1]);
}

/** The key plus a hash of what is asked, so a key reused for something else is caught. */
export function idempotencyOf(
  header: string | undefined,
  method: string,
  path: string,
  body: unknown,
): Idempotency | undefined {
  if (header === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(header))
    throw invalid('Idempotency-Key', 'debe tener de 1 a 200 caracteres visibles, sin espacios');
  const requestHash = createHash('sha256')
    .update(`${method} ${path}\n${canonicalJson(body ?? null)}`)
    .digest('hex');
  return { key: header, requestHash };
}
