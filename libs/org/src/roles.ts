export const Role = {
  ADMIN: 'ADMIN',
  ALCALDE: 'ALCALDE',
  GERENTE_MUNICIPAL: 'GERENTE_MUNICIPAL',
  SECRETARIA_GENERAL: 'SECRETARIA_GENERAL',
  ASESORIA_JURIDICA: 'ASESORIA_JURIDICA',
  PLANEAMIENTO_PRESUPUESTO: 'PLANEAMIENTO_PRESUPUESTO',
  GERENCIA: 'GERENCIA',
  REGIDOR: 'REGIDOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

export const UnitKind = {
  alcaldia: 'alcaldia',
  gerencia_municipal: 'gerencia_municipal',
  secretaria_general: 'secretaria_general',
  asesoria_juridica: 'asesoria_juridica',
  planeamiento_presupuesto: 'planeamiento_presupuesto',
  gerencia_linea: 'gerencia_linea',
  oficina: 'oficina',
} as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];
export const UNIT_KINDS = Object.values(UnitKind);

/** Spanish name of each kind of unit, for messages. */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  alcaldia: 'Alcaldía',
  gerencia_municipal: 'Gerencia Municipal',
  secretaria_general: 'Secretaría General',
  asesoria_juridica: 'Asesoría Jurídica',
  planeamiento_presupuesto: 'Planeamiento y Presupuesto',
  gerencia_linea: 'gerencia de línea',
  oficina: 'oficina',
};

/**
 * The kinds of unit where each role may be held; `null` = any unit. A role carries the powers of
 * its unit (the Alcalde annuls and decides appeals, the Gerente Municipal signs), so it is held only
 * there. ADMIN configures and never acts in a file, wherever it sits. Regidores belong to the
 * Concejo, which has no unit kind of its own yet: the Alcaldía (which presides it) or Secretaría
 * General (which attends it). The one table of this rule (docs/roles.md, «Rol y unidad»).
 */
export const ROLE_UNIT_KINDS: Readonly<Record<Role, readonly UnitKind[] | null>> = {
  ADMIN: null,
  ALCALDE: [UnitKind.alcaldia],
  GERENTE_MUNICIPAL: [UnitKind.gerencia_municipal],
  SECRETARIA_GENERAL: [UnitKind.secretaria_general],
  ASESORIA_JURIDICA: [UnitKind.asesoria_juridica],
  PLANEAMIENTO_PRESUPUESTO: [UnitKind.planeamiento_presupuesto],
  GERENCIA: [UnitKind.gerencia_linea, UnitKind.oficina],
  REGIDOR: [UnitKind.alcaldia, UnitKind.secretaria_general],
};

/** A role held in a unit of a kind it does not belong to, with the kinds where it may be held. */
export interface RoleUnitMismatch {
  readonly role: Role;
  readonly allowedUnitKinds: readonly UnitKind[];
}

/** The roles that do not fit a unit of `unitKind` (none: they all fit). Unknown roles are ignored. */
export function roleUnitMismatches(roles: readonly string[], unitKind: string): RoleUnitMismatch[] {
  return roles.flatMap((role) => {
    if (!(ROLES as readonly string[]).includes(role)) return [];
    const allowed = ROLE_UNIT_KINDS[role as Role];
    return allowed === null || (allowed as readonly string[]).includes(unitKind)
      ? []
      : [{ role: role as Role, allowedUnitKinds: allowed }];
  });
}

/** Why the roles do not fit the unit, in Spanish (one sentence per role), or '' if they fit. */
export function describeRoleUnitMismatches(
  mismatches: readonly RoleUnitMismatch[],
  unit: { readonly code: string; readonly name: string; readonly kind: string },
): string {
  const kind = UNIT_KIND_LABELS[unit.kind as UnitKind] ?? unit.kind;
  return mismatches
    .map(
      ({ role, allowedUnitKinds }) =>
        `El rol ${role} solo se asigna en una unidad de tipo ${allowedUnitKinds
          .map((k) => `${k} (${UNIT_KIND_LABELS[k]})`)
          .join(' o ')}; «${unit.name}» (${unit.code}) es de tipo ${unit.kind} (${kind}).`,
    )
    .join(' ');
}
