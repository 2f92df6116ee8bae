import { type FundingSource, formatSoles } from '#core';

/** What is asked: a modification of the budget, or the certification of a credit (Ley 28411, DL 1440). */
export const REQUEST_TYPES = ['modificacion_presupuestaria', 'certificacion'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/**
 * The modality of a modification (DL 1440, Art. 46–47): a crédito suplementario incorporates new
 * resources (only a destination line); a transferencia de partidas and a habilitación/anulación
 * move credit from one line to another.
 */
export const MODALITIES = [
  'credito_suplementario',
  'transferencia_partidas',
  'habilitacion_anulacion',
] as const;
export type Modality = (typeof MODALITIES)[number];

/** Modalities that take credit from a line (they need `fromLine`). */
export const MOVING_MODALITIES: readonly Modality[] = [
  'transferencia_partidas',
  'habilitacion_anulacion',
];

export const MODALITY_NAMES: Readonly<Record<Modality, string>> = {
  credito_suplementario: 'crédito suplementario',
  transferencia_partidas: 'transferencia de partidas',
  habilitacion_anulacion: 'habilitaciones y anulaciones',
};

/** A line of the budget's programmatic structure (cadena funcional programática y de gasto). */
export interface ProgrammaticLine {
  /** Programa presupuestal: 4 digits, e.g. 0030, or 9001 (APNOP) / 9002 (APNOP sin productos). */
  program: string;
  /** Producto (3xxxxxx) or proyecto (2xxxxxx): 7 digits. */
  productOrProject: string;
  /** Actividad (5xxxxxx), acción de inversión (4xxxxxx) u obra (6xxxxxx): 7 digits. */
  activity: string;
  /** Específica de gasto of the clasificador, e.g. 2.3.1.5.1.2. */
  expenseItem: string;
}

/** What the requesting unit drafts and may correct after a return. */
export interface BudgetModificationContent {
  requestType: RequestType;
  /** Only for a modificación presupuestaria. */
  modality: Modality | null;
  amountCents: number;
  fromLine: ProgrammaticLine | null;
  toLine: ProgrammaticLine;
  fundingSource: FundingSource;
  justification: string;
}

/** How a line is written in the act: "Programa 0030 · 3000001 · 5004156 · 2.3.1.5.1.2". */
export const lineText = (l: ProgrammaticLine): string =>
  `programa presupuestal ${l.program}, producto/proyecto ${l.productOrProject}, actividad ${l.activity}, específica de gasto ${l.expenseItem}`;

/** "la modificación presupuestaria (transferencia de partidas) por S/ 150,000.50". */
export function requestTitle(
  c: Pick<BudgetModificationContent, 'requestType' | 'modality' | 'amountCents'>,
): string {
  const what =
    c.requestType === 'certificacion'
      ? 'la certificación de crédito presupuestario'
      : `la modificación presupuestaria en el nivel funcional programático (${MODALITY_NAMES[c.modality ?? 'transferencia_partidas']})`;
  return `${what} por ${formatSoles(c.amountCents)}`;
}
