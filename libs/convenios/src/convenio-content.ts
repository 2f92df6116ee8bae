import type { CivilDate } from '#calendar';

/** marco: general lines of cooperation, executed through specific convenios; específico: one concrete object; cooperación interinstitucional: a collaboration between public entities (TUO de la Ley 27444, Art. 88). */
export const CONVENIO_TYPES = ['marco', 'especifico', 'cooperacion_interinstitucional'] as const;
export type ConvenioType = (typeof CONVENIO_TYPES)[number];

export const CONVENIO_TYPE_LABELS: Readonly<Record<ConvenioType, string>> = {
  marco: 'Convenio marco',
  especifico: 'Convenio específico',
  cooperacion_interinstitucional: 'Convenio de cooperación interinstitucional',
};

/** Whose obligation: the municipality's or the counterpart's. */
export const PARTIES = ['municipalidad', 'contraparte'] as const;
export type Party = (typeof PARTIES)[number];

/** unica: done once, by a date; periodica: a report every N months while the convenio is in force. */
export const OBLIGATION_KINDS = ['unica', 'periodica'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

export interface Coordinator {
  name: string;
  post: string;
  email: string;
}

/** An obligation of one party, as the convenio states it. */
export interface ConvenioObligation {
  party: Party;
  description: string;
  kind: ObligationKind;
  /** unica: the last day to fulfil it. */
  dueOn: CivilDate | null;
  /** periodica: a report every this many months from the start. */
  everyMonths: number | null;
}

/** What the requesting unit drafts: the convenio's own content (CreateConvenioDto, normalized). */
export interface ConvenioContent {
  counterpart: { name: string; ruc: string };
  object: string;
  /** Named so, not `type`: an event's `type` is its name. */
  convenioType: ConvenioType;
  /** Null: in force from the day it is signed. */
  startDate: CivilDate | null;
  /** Exactly one of endDate and termMonths. */
  endDate: CivilDate | null;
  termMonths: number | null;
  hasFinancialObligations: boolean;
  /** In céntimos de sol (integer), null without financial obligations. */
  amountCents: number | null;
  coordinators: { municipality: Coordinator; counterpart: Coordinator };
  obligations: ConvenioObligation[];
  /** Calendar days of notice of a free exit; null: the profile's. */
  exitNoticeDays: number | null;
}

/** The content fields an EDIT may change. */
export const CONTENT_FIELDS = [
  'counterpart',
  'object',
  'convenioType',
  'startDate',
  'endDate',
  'termMonths',
  'hasFinancialObligations',
  'amountCents',
  'coordinators',
  'obligations',
  'exitNoticeDays',
] as const satisfies readonly (keyof ConvenioContent)[];
