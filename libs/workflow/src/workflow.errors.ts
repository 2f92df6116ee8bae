import { refusalCodes } from '#core';

/** Refusals of the kernel itself, whatever the kind (listed in docs/errores.md). */
export const KernelRefusal = refusalCodes({
  OBLIGATION_ALREADY_OPEN: [409, 'Obligación ya abierta'],
  OBLIGATION_NOT_OPEN: [409, 'Obligación no abierta'],
});
