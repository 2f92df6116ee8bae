/**
 * Fuentes de financiamiento of the public budget (clasificador of the MEF): one list for every
 * kind that names one (budget reviews' key figures, budget modifications).
 */
export const FUNDING_SOURCES = [
  'recursos_ordinarios',
  'recursos_directamente_recaudados',
  'recursos_por_operaciones_oficiales_de_credito',
  'donaciones_y_transferencias',
  'recursos_determinados',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** Each source as the clasificador names it (resolutions and documents). */
export const FUNDING_SOURCE_NAMES: Readonly<Record<FundingSource, string>> = {
  recursos_ordinarios: 'Recursos Ordinarios',
  recursos_directamente_recaudados: 'Recursos Directamente Recaudados',
  recursos_por_operaciones_oficiales_de_credito: 'Recursos por Operaciones Oficiales de Crédito',
  donaciones_y_transferencias: 'Donaciones y Transferencias',
  recursos_determinados: 'Recursos Determinados',
};
