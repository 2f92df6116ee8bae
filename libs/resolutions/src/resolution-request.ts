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
} from './resolution-content.js';
import { ResolutionRefusal } from './resolution.errors.js';
import { PUBLICATION_KEY, type ResolutionContext } from './resolution.machine.js';

const normalized = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** NOTIFY and FILE_REMEDY name the addressee by name or document; the machine records its position. */
function addresseeIndex(
  context: ResolutionContext,
  addressee: unknown,
  field = 'addressee',
): number {
  const wanted = normalized(String(addressee ?? ''));
  const index = context.addressees.findIndex(
    (a) =>
      normalized(a.name) === wanted ||
      (a.documentId !== null && normalized(a.documentId) === wanted),
  );
  if (index < 0)
    throw invalidField(
      field,
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

/** FILE_REMEDY: who files, and from which window (particular: an addressee; general: anyone). */
function filer(
  context: ResolutionContext,
  filedBy: unknown,
): { party: string; addresseeIndex: number | null; filerName: string } {
  if (typeof filedBy !== 'string' || filedBy.trim() === '')
    throw invalidField('filedBy', 'indique quién interpone el recurso (nombre o documento)');
  if (context.scope === 'general')
    return { party: PUBLICATION_KEY, addresseeIndex: null, filerName: filedBy.trim() };
  const index = addresseeIndex(context, filedBy, 'filedBy');
  return {
    party: String(index),
    addresseeIndex: index,
    filerName: context.addressees[index]?.name ?? filedBy,
  };
}

/** RESOLVE_REMEDY: whose remedy is decided — the one named (who filed it), or the only one in progress. */
function decidedParty(context: ResolutionContext, filedBy: unknown): string | null {
  const pending = context.pending ?? [];
  if (typeof filedBy === 'string' && filedBy.trim() !== '') return filer(context, filedBy).party;
  if (pending.length === 1) return pending[0]?.party ?? null;
  if (pending.length === 0) return null;
  throw invalidField(
    'filedBy',
    `hay ${pending.length} recursos en trámite: indique quién interpuso el que se resuelve (${pending.map((r) => r.filedBy.name).join('; ')})`,
  );
}

/** NOTIFY_DECISION: the decision named (its position in `remedies`), or the only one not yet served. */
function decisionIndex(context: ResolutionContext, remedy: unknown): number {
  const pending = context.remedies
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => r.outcome !== null && r.outcome !== 'fundado' && r.decisionNotice === null)
    .map(({ index }) => index);
  if (typeof remedy === 'number') {
    if (!pending.includes(remedy))
      throw invalidField(
        'remedy',
        pending.length > 0
          ? `no es una decisión pendiente de notificar; pendientes: ${pending.join(', ')}`
          : 'no hay ninguna decisión sobre un recurso pendiente de notificar',
      );
    return remedy;
  }
  if (pending.length === 1) return pending[0] ?? -1;
  if (pending.length === 0)
    throw invalidField('remedy', 'no hay ninguna decisión sobre un recurso pendiente de notificar');
  throw invalidField(
    'remedy',
    `hay ${pending.length} decisiones pendientes de notificar: indique cuál (posición en remedies: ${pending.join(', ')})`,
  );
}

/**
 * Pure: the request as the machine's guards read it — the instant, who sends it (the unit that
 * visas or returns), the state it leaves, the addressee's position, who files a remedy and from
 * which window, the decision served, the edited content's hash. What only the database and the
 * calendar give (number, document, the civil dates, the remedy window) is added later by `prepare`.
 */
export function completeResolutionEvent(
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
    case 'NOTIFY':
      // An act of general scope has no addressees: the machine refuses NOTIFY (it is published).
      return context.scope === 'general'
        ? { ...request, addresseeIndex: -1, at }
        : { ...request, addresseeIndex: addresseeIndex(context, request.addressee), at };
    case 'FILE_REMEDY':
      return { ...request, ...filer(context, request.filedBy), at };
    case 'RESOLVE_REMEDY':
      return { ...request, party: decidedParty(context, request.filedBy), at };
    case 'NOTIFY_DECISION':
      return { ...request, remedyIndex: decisionIndex(context, request.remedy), at };
    case 'START_ANNULMENT':
    case 'START_REVOCATION':
      return { ...request, from: instance.state, at };
    case 'SERVE_HEARING':
      return context.scope === 'general'
        ? { ...request, addresseeIndex: -1, at }
        : { ...request, addresseeIndex: addresseeIndex(context, request.addressee), at };
    case 'FILE_ARGUMENTS':
      return context.scope === 'general'
        ? { ...request, addresseeIndex: -1, at }
        : { ...request, addresseeIndex: addresseeIndex(context, request.filedBy, 'filedBy'), at };
    default:
      return { ...request, at };
  }
}

/**
 * Payloads to try for `allowedEvents`: an edit of the subject, both opinions, each addressee still
 * to be served, a remedy of each kind by each party, both outcomes, the decision to serve.
 */
export function resolutionEventSamples(
  context: ResolutionContext,
): Record<string, Record<string, unknown>[]> {
  const notified = new Set(context.notifications.map((n) => n.addressee));
  const filers =
    context.scope === 'general'
      ? [context.remedy?.filedBy?.name ?? 'Tercero con interés legítimo']
      : context.addressees.map((a) => a.name);
  return {
    EDIT: [{ subject: context.subject }],
    LEGAL_OPINION: [{ favorable: true }, { favorable: false }],
    FILE_REMEDY: filers.flatMap((filedBy) => [
      { kind: 'reconsideracion', filedBy },
      { kind: 'apelacion', filedBy },
    ]),
    RESOLVE_REMEDY: (context.pending ?? []).flatMap((r) => [
      { outcome: 'fundado', filedBy: r.filedBy.name },
      { outcome: 'infundado', filedBy: r.filedBy.name },
    ]),
    NOTIFY: context.addressees
      .filter((_, index) => !notified.has(index))
      .map((a) => ({ addressee: a.name, channel: 'personal' })),
    SERVE_HEARING: (context.review?.hearings ?? [])
      .filter((h) => h.notice === null)
      .map((h) => ({ addressee: h.name, channel: 'personal' })),
    FILE_ARGUMENTS: (context.review?.hearings ?? []).map((h) => ({ filedBy: h.name })),
    ANNUL: [{ extent: 'total' }, { extent: 'parcial' }],
    NOTIFY_DECISION: (context.remedies ?? []).flatMap((r, remedy) =>
      r.outcome !== null && r.outcome !== 'fundado' && r.decisionNotice === null
        ? [{ channel: 'personal', remedy }]
        : [],
    ),
  };
}
