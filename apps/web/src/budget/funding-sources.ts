import type { components } from '../api/schema';

/** The fuentes de financiamiento: one list in the API (#core) for every kind that names one. */
export type FundingSource = NonNullable<components['schemas']['KeyFigureDto']['fundingSource']>;

/** Each source as the clasificador of the MEF names it. */
export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  recursos_ordinarios: 'Recursos Ordinarios',
  recursos_directamente_recaudados: 'Recursos Directamente Recaudados',
  recursos_por_operaciones_oficiales_de_credito: 'Recursos por Operaciones Oficiales de Crédito',
  donaciones_y_transferencias: 'Donaciones y Transferencias',
  recursos_determinados: 'Recursos Determinados',
};
