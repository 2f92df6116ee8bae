/**
 * D10: *delegación de competencia* (the delegate decides in the delegator's name), *delegación de
 * firma* (the delegate signs "por" the delegator) and *encargatura* (the acting official signs
 * "(e)"). Stored as these codes; the check constraint of the table lists the same three.
 */
export const DelegationKind = {
  delegacion_competencia: 'delegacion_competencia',
  delegacion_firma: 'delegacion_firma',
  encargatura: 'encargatura',
} as const;
export type DelegationKind = (typeof DelegationKind)[keyof typeof DelegationKind];
export const DELEGATION_KINDS = Object.values(DelegationKind);

/** What a delegation covers. Each domain names its own; these are the ones the code checks today. */
export const DelegationSubject = {
  RESOLUCIONES_GERENCIA_MUNICIPAL: 'resoluciones_gerencia_municipal',
} as const;
export type DelegationSubject = (typeof DelegationSubject)[keyof typeof DelegationSubject];

/** A subject code: lower case, digits and `_` (free, so a new domain needs no migration). */
export const DELEGATION_SUBJECT_PATTERN = /^[a-z0-9_]{1,60}$/;
export const MAX_DELEGATION_SUBJECTS = 20;
export const INSTRUMENT_MIN_LENGTH = 5;
export const INSTRUMENT_MAX_LENGTH = 300;
export const DELEGATOR_POST_MAX_LENGTH = 200;
export const REVOCATION_REASON_MAX_LENGTH = 2000;

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A real civil date written YYYY-MM-DD (2026-02-30 is not one) between 1990 and 2100. libs/org
 * cannot use #calendar's isCivilDate: #calendar imports #org.
 */
export function isDelegationDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_FORMAT.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
export const DELEGATION_DATE_MESSAGE = `debe ser una fecha válida AAAA-MM-DD entre ${FIRST_YEAR} y ${LAST_YEAR}`;

/** What a caller gives to create a delegation (the HTTP body, validated again by the service). */
export interface NewDelegation {
  readonly kind: DelegationKind;
  readonly delegatorRole: string;
  readonly delegatorPost: string;
  readonly delegateUserId: string;
  readonly instrument: string;
  readonly subjects: readonly string[];
  readonly validFrom: string;
  readonly validUntil?: string | null;
}

export interface DelegationListQuery {
  /** Only the delegations in force that day (YYYY-MM-DD, America/Lima), as `inForce` sees them. */
  readonly activeOn?: string;
  readonly delegateUserId?: string;
  readonly page: number;
  readonly pageSize: number;
}

/** A delegation as the API and the other domains see it. */
export interface DelegationView {
  readonly id: string;
  readonly kind: DelegationKind;
  readonly delegatorRole: string;
  readonly delegatorPost: string;
  readonly delegate: {
    readonly id: string;
    readonly username: string;
    readonly fullName: string;
    readonly post: string;
  };
  readonly instrument: string;
  readonly subjects: string[];
  readonly validFrom: string;
  readonly validUntil: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly revocationReason: string | null;
}

export interface DelegationChange {
  readonly municipalityId: string;
  readonly action: 'created' | 'revoked';
  readonly delegation: DelegationView;
  readonly actorUserId: string;
}
