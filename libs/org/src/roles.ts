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
