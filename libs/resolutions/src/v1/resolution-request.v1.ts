import type { Actor } from '#audit';
import { DomainError } from '#core';
import type { WorkflowEvent } from '#workflow';
import {
  CONTENT_FIELDS,
  checkAddressees,
  contentHashOf,
  contentOf,
  invalidField,
  type ResolutionContent,
} from '../resolution-content.js';
import { ResolutionRefusal } from '../resolution.errors.js';
import type { ResolutionContextV1 as ResolutionContext } from './resolution.machine.v1.js';

const normalized = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** NOTIFY names the addressee by name or document; the machine records its position. */
function addresseeIndex(context: ResolutionContext, addressee: unknown): number {
  const wanted = normalized(String(addressee ?? ''));
  const index = context.addressees.findIndex(
    (a) =>
      normalized(a.name) === wanted ||
      (a.documentId !== null && normalized(a.documentId) === wanted),
  );
  if (index < 0)
    throw invalidField(
      'addressee',
      `no es destinatario de esta resolución; destinatarios: ${context.addressees.map((a) => a.name).join('; ')}`,
    );
  return index;
}

/** EDIT: the fields given (at least one), addressees normalized, and the new content's hash (D14). */
function edited(context: ResolutionContext, request: WorkflowEvent): Record<string, unknown> {
  const changes = Object.fromEntries(
    CONTENT_FIELDS.filter((field) => request[field] !== undefined).map((field) => [
      field,
      request[field],
    ]),
  ) as Partial<ResolutionContent>;
  if (Object.keys(changes).length === 0)
    throw invalidField('EDIT', `indique al menos uno de: ${CONTENT_FIELDS.join(', ')}`);
  if (changes.addressees)
    changes.addressees = changes.addressees.map((a) => ({
      name: a.name,
      documentId: a.documentId ?? null,
      email: a.email ?? null,
    }));
  const content = contentOf({ ...context, ...changes });
  checkAddressees(content);
  return { ...changes, contentHash: contentHashOf(content) };
}

/**
 * Version 1 (frozen, for the instances created with it): see `completeResolutionEvent`.
 *
 * Pure: the request as the machine's guards read it — the instant, who sends it (the unit that
 * visas or returns), the state it leaves, the addressee's position, the edited content's hash.
 * What only the database gives (number, document, remedy window) is added later by `prepare`.
 */
export function completeResolutionEventV1(
  request: WorkflowEvent,
  instance: { readonly state: string; readonly context: ResolutionContext },
  actor: Actor,
  now: Date,
): WorkflowEvent {
  const at = now.toISOString();
  const { context } = instance;
  switch (request.type) {
    case 'EDIT':
      return { ...request, ...edited(context, request), at };
    case 'RETURN':
      return { ...request, unitId: actor.unitId, from: instance.state, at };
    case 'VISA':
      // A visa approves the text its unit read: an edit since then must be read again (D14).
      if (typeof request.contentHash === 'string' && request.contentHash !== context.contentHash)
        throw new DomainError(
          ResolutionRefusal.VISA_HASH_MISMATCH,
          'El proyecto cambió desde que usted lo leyó: revise la versión vigente antes de visarla.',
          { contentHash: context.contentHash },
        );
      return { ...request, unitId: actor.unitId, userId: actor.userId ?? '', at };
    case 'RESOLVE_REMEDY':
      // Version 1 knows three outcomes: a partially upheld remedy is a version 2 decision.
      if (request.outcome === 'fundado_en_parte')
        throw invalidField(
          'outcome',
          'este expediente sigue el flujo anterior (versión 1): fundado, infundado o improcedente',
        );
      return { ...request, at };
    case 'NOTIFY':
      // An act of general scope has no addressees: the machine refuses NOTIFY (it is published).
      return context.scope === 'general'
        ? { ...request, addresseeIndex: -1, at }
        : { ...request, addresseeIndex: addresseeIndex(context, request.addressee), at };
    default:
      return { ...request, at };
  }
}

/**
 * Payloads to try for `allowedEvents`: an edit of the subject, both opinions, both remedies, both
 * outcomes, and each addressee still to be notified.
 */
export function resolutionEventSamplesV1(
  context: ResolutionContext,
): Record<string, Record<string, unknown>[]> {
  const notified = new Set(context.notifications.map((n) => n.addressee));
  return {
    EDIT: [{ subject: context.subject }],
    LEGAL_OPINION: [{ favorable: true }, { favorable: false }],
    FILE_REMEDY: [{ kind: 'reconsideracion' }, { kind: 'apelacion' }],
    RESOLVE_REMEDY: [{ outcome: 'fundado' }, { outcome: 'infundado' }],
    NOTIFY: context.addressees
      .filter((_, index) => !notified.has(index))
      .map((a) => ({ addressee: a.name, channel: 'personal' })),
  };
}
