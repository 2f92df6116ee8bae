import { type Refusal, refusalCodes, refuse } from '#core';
import { Role } from '#org';

/** Refusals of the kernel itself, whatever the kind (listed in docs/errores.md). */
export const KernelRefusal = refusalCodes({
  OBLIGATION_ALREADY_OPEN: [409, 'Obligación ya abierta'],
  OBLIGATION_NOT_OPEN: [409, 'Obligación no abierta'],
  ADMIN_DOES_NOT_ACT: [403, 'El administrador no actúa en los expedientes'],
});

/**
 * Least privilege: the system administrator configures Despacho and never acts in a workflow
 * (creates, sends events, attaches), whatever unit it was seeded in. Null when the actor may act.
 */
export function administratorRefusal(actor: { readonly roles: readonly string[] }): Refusal | null {
  return actor.roles.includes(Role.ADMIN)
    ? refuse(
        KernelRefusal.ADMIN_DOES_NOT_ACT,
        'El administrador del sistema configura Despacho; no crea expedientes ni actúa en ellos.',
      )
    : null;
}
