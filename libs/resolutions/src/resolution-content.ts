import { createHash } from 'node:crypto';
import { canonicalJson, DomainError, ErrorCode } from '#core';

export interface Addressee {
  name: string;
  documentId: string | null;
  email: string | null;
}

/** What the act says: the part every visa approves (D14) and an edit changes. */
export interface ResolutionContent {
  subject: string;
  scope: 'particular' | 'general';
  hasBudgetImpact: boolean;
  vistos: string[];
  considerandos: string[];
  articles: string[];
  addressees: Addressee[];
}

export const CONTENT_FIELDS = [
  'subject',
  'scope',
  'hasBudgetImpact',
  'vistos',
  'considerandos',
  'articles',
  'addressees',
] as const satisfies readonly (keyof ResolutionContent)[];

export function contentOf(source: ResolutionContent): ResolutionContent {
  return {
    subject: source.subject,
    scope: source.scope,
    hasBudgetImpact: source.hasBudgetImpact,
    vistos: source.vistos,
    considerandos: source.considerandos,
    articles: source.articles,
    addressees: source.addressees,
  };
}

/** SHA-256 of the RFC 8785 canonical content: equal content, equal hash, whatever the key order. */
export function contentHashOf(content: ResolutionContent): string {
  return createHash('sha256')
    .update(canonicalJson(contentOf(content)))
    .digest('hex');
}

/** 400 VALIDATION_FAILED naming the field, for what class-validator cannot see. */
export const invalidField = (field: string, message: string) =>
  new DomainError(ErrorCode.VALIDATION_FAILED, `Datos inválidos en: ${field}.`, {
    errors: [{ field, messages: [message] }],
  });

/** D6: an act of particular scope is notified to someone; one of general scope is published. */
export function checkAddressees(content: ResolutionContent): void {
  if (content.scope === 'particular' && content.addressees.length === 0)
    throw invalidField(
      'addressees',
      'una resolución de alcance particular necesita al menos un destinatario',
    );
}
